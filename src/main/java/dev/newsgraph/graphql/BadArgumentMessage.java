package dev.newsgraph.graphql;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in one sentence what graphql-java says of an argument or variable of the wrong
 * form: which one, what was given and what is expected, without the engine's syntax tree
 * ({@code StringValue{value='…'}}) or the parser's exception text.
 */
final class BadArgumentMessage {

	/**
	 * {@code Validation error (WrongType@[articles]) : argument 'filter.x' with value 'V' is not a valid 'T' - why}.
	 */
	private static final Pattern ARGUMENT = Pattern.compile(
			"Validation error \\(WrongType@\\[(?<path>[^\\]]*)\\]\\) : argument '(?<name>[^']+)' with value '(?<value>.*)' is not a valid '(?<type>[^']+)'(?: - .*)?",
			Pattern.DOTALL);

	/** {@code Variable 'from' has an invalid value: why}. */
	private static final Pattern VARIABLE = Pattern
		.compile("Variable '(?<name>[^']+)' has an invalid value: (?<why>.*)", Pattern.DOTALL);

	private static final Pattern LITERAL = Pattern.compile(
			"(?:StringValue\\{value='(?<string>.*)'\\}|(?:IntValue|FloatValue|BooleanValue)\\{value=(?<plain>[^}]*)\\}|EnumValue\\{name='(?<enum>[^']*)'\\})",
			Pattern.DOTALL);

	/** What each scalar expects, where its name alone does not say. */
	private static final Map<String, String> EXPECTED = Map.of("Date", "a date as YYYY-MM-DD", "DateTime",
			"a date and time with its offset, as 2026-11-24T12:00:00Z", "Int",
			"a whole number from -2147483648 to 2147483647", "Float", "a number", "Boolean", "true or false", "String",
			"a string", "ID", "a string or a whole number");

	private BadArgumentMessage() {
	}

	/** The rewritten message, or the message itself when it is not one of these. */
	static String of(String message) {
		Matcher argument = ARGUMENT.matcher(message);
		if (argument.matches()) {
			String type = argument.group("type");
			return "Argument '" + argument.group("name") + "' of " + argument.group("path") + " got "
					+ literal(argument.group("value")) + ", but it must be "
					+ EXPECTED.getOrDefault(type, "a valid " + type);
		}
		Matcher variable = VARIABLE.matcher(message);
		if (variable.matches()) {
			return "Variable '" + variable.group("name") + "' has an invalid value: " + reason(variable.group("why"));
		}
		return message;
	}

	private static String literal(String value) {
		Matcher literal = LITERAL.matcher(value);
		if (!literal.matches()) {
			return value;
		}
		if (literal.group("string") != null) {
			return "\"" + literal.group("string") + "\"";
		}
		return (literal.group("plain") != null) ? literal.group("plain") : literal.group("enum");
	}

	/** The engine's reason without the parser's exception behind it. */
	private static String reason(String why) {
		int cause = why.indexOf(" because of : ");
		String reason = (cause >= 0) ? why.substring(0, cause) : why;
		return reason.replace("Invalid RFC3339 full date value : ", "expected a date as YYYY-MM-DD, got ")
			.replace("Invalid RFC3339 value : ", "expected a date and time with its offset, got ")
			.strip();
	}

}
