package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * The changes from one SDL to another that break clients: removed types, fields,
 * arguments, enum values and union members; changed field and argument types; new
 * required arguments and input fields.
 */
final class SchemaDiff {

	private SchemaDiff() {
	}

	static List<String> breakingChanges(String before, String after) {
		TypeDefinitionRegistry old = new SchemaParser().parse(before);
		TypeDefinitionRegistry now = new SchemaParser().parse(after);
		List<String> changes = new ArrayList<>();
		old.types().forEach((name, oldType) -> {
			TypeDefinition<?> newType = now.types().get(name);
			if (newType == null) {
				changes.add("type " + name + " was removed");
			}
			else if (oldType instanceof ObjectTypeDefinition object && newType instanceof ObjectTypeDefinition next) {
				compareFields(name, object.getFieldDefinitions(), next.getFieldDefinitions(), changes);
			}
			else if (oldType instanceof InterfaceTypeDefinition type
					&& newType instanceof InterfaceTypeDefinition next) {
				compareFields(name, type.getFieldDefinitions(), next.getFieldDefinitions(), changes);
			}
			else if (oldType instanceof InputObjectTypeDefinition input
					&& newType instanceof InputObjectTypeDefinition next) {
				compareInputs((field) -> "input field " + name + "." + field, input.getInputValueDefinitions(),
						next.getInputValueDefinitions(), changes);
			}
			else if (oldType instanceof EnumTypeDefinition type && newType instanceof EnumTypeDefinition next) {
				List<String> values = next.getEnumValueDefinitions()
					.stream()
					.map(EnumValueDefinition::getName)
					.toList();
				type.getEnumValueDefinitions()
					.stream()
					.filter((value) -> !values.contains(value.getName()))
					.forEach((value) -> changes.add("enum value " + name + "." + value.getName() + " was removed"));
			}
			else if (oldType instanceof UnionTypeDefinition type && newType instanceof UnionTypeDefinition next) {
				List<String> members = next.getMemberTypes().stream().map(AstPrinter::printAst).toList();
				type.getMemberTypes()
					.stream()
					.map(AstPrinter::printAst)
					.filter((member) -> !members.contains(member))
					.forEach((member) -> changes.add("union " + name + " lost member " + member));
			}
			else if (!oldType.getClass().equals(newType.getClass())) {
				changes.add("type " + name + " changed kind");
			}
		});
		return changes;
	}

	private static void compareFields(String type, List<FieldDefinition> before, List<FieldDefinition> after,
			List<String> changes) {
		Map<String, FieldDefinition> fields = byName(after, FieldDefinition::getName);
		for (FieldDefinition field : before) {
			String name = type + "." + field.getName();
			FieldDefinition next = fields.get(field.getName());
			if (next == null) {
				changes.add("field " + name + " was removed");
				continue;
			}
			String was = AstPrinter.printAst(field.getType());
			String is = AstPrinter.printAst(next.getType());
			if (!was.equals(is)) {
				changes.add("field " + name + " changed type from " + was + " to " + is);
			}
			compareInputs((argument) -> "argument " + name + "(" + argument + ":)", field.getInputValueDefinitions(),
					next.getInputValueDefinitions(), changes);
		}
	}

	/** Arguments of a field, or fields of an input type. */
	private static void compareInputs(Function<String, String> label, List<InputValueDefinition> before,
			List<InputValueDefinition> after, List<String> changes) {
		Map<String, InputValueDefinition> inputs = byName(after, InputValueDefinition::getName);
		Map<String, InputValueDefinition> old = byName(before, InputValueDefinition::getName);
		for (InputValueDefinition input : before) {
			InputValueDefinition next = inputs.get(input.getName());
			if (next == null) {
				changes.add(label.apply(input.getName()) + " was removed");
			}
			else if (!AstPrinter.printAst(input.getType()).equals(AstPrinter.printAst(next.getType()))) {
				changes.add(label.apply(input.getName()) + " changed type from " + AstPrinter.printAst(input.getType())
						+ " to " + AstPrinter.printAst(next.getType()));
			}
		}
		for (InputValueDefinition input : after) {
			if (!old.containsKey(input.getName()) && input.getType() instanceof NonNullType
					&& input.getDefaultValue() == null) {
				changes.add(label.apply(input.getName()) + " was added as required");
			}
		}
	}

	private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach((item) -> map.put(name.apply(item), item));
		return map;
	}

}
