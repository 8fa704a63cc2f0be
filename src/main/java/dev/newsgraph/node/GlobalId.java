package dev.newsgraph.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import dev.newsgraph.graphql.BadRequestException;

/**
 * The opaque, global {@code Node.id}: the type name and the row id, base64url-encoded, so
 * clients treat it as a token and {@code Query.node} can tell the type.
 *
 * @param type GraphQL type name
 * @param id database id
 */
public record GlobalId(String type, long id) {

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.type + ":" + this.id).getBytes(StandardCharsets.UTF_8));
	}

	public static GlobalId decode(String value) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return new GlobalId(decoded.substring(0, colon), Long.parseLong(decoded.substring(colon + 1)));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			throw new BadRequestException("Malformed node id '" + value + "'");
		}
	}

}
