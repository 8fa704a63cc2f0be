package dev.newsgraph.seed;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value read from a seed file, with the line it starts on, so that a problem found
 * later (an unknown slug, a quote not in the text) can name the line.
 *
 * @param line 1-based line in the seed file
 * @param value the value
 * @param <T> the value's type
 */
@JsonDeserialize(using = Located.LocatedDeserializer.class)
record Located<T>(int line, T value) {

	static class LocatedDeserializer extends ValueDeserializer<Located<?>> {

		private final JavaType valueType;

		LocatedDeserializer() {
			this(null);
		}

		private LocatedDeserializer(JavaType valueType) {
			this.valueType = valueType;
		}

		@Override
		public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			JavaType located = (context.getContextualType() != null) ? context.getContextualType() : property.getType();
			return new LocatedDeserializer(located.containedType(0));
		}

		@Override
		public Located<?> deserialize(JsonParser parser, DeserializationContext context) {
			int line = parser.currentTokenLocation().getLineNr();
			return new Located<>(line, context.readValue(parser, this.valueType));
		}

	}

}
