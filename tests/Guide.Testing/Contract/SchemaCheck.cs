using System.Text.Json;
using Microsoft.OpenApi;

namespace Guide.Testing.Contract;

/// <summary>
/// Holds a JSON value to a schema of the document: every property name must exist (exactly, case
/// included) and every value must have a compatible JSON type, recursing into objects and arrays
/// and following <c>$ref</c>s. An integer accepts <c>95.0</c> (Halo sends ids so, H09); null needs
/// a nullable schema.
/// </summary>
internal static class SchemaCheck
{
    public static void Check(IOpenApiSchema schema, JsonElement value, string where, List<string> violations)
    {
        var type = schema.Type;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                if (type is { } t && !t.HasFlag(JsonSchemaType.Null))
                    violations.Add($"{where}: null, but the schema is not nullable");
                return;
            case JsonValueKind.Object:
                if (Allows(type, JsonSchemaType.Object) || schema.Properties is { Count: > 0 })
                    CheckObject(schema, value, where, violations);
                else
                    violations.Add($"{where}: an object, but the schema says {type}");
                return;
            case JsonValueKind.Array:
                if (!Allows(type, JsonSchemaType.Array))
                    violations.Add($"{where}: an array, but the schema says {type}");
                else if (schema.Items is { } items)
                    CheckItems(items, value, where, violations);
                return;
            case JsonValueKind.String:
                Expect(type, JsonSchemaType.String, "a string", where, violations);
                return;
            case JsonValueKind.True or JsonValueKind.False:
                Expect(type, JsonSchemaType.Boolean, "a boolean", where, violations);
                return;
            case JsonValueKind.Number:
                if (Allows(type, JsonSchemaType.Number))
                    return;
                if (!Allows(type, JsonSchemaType.Integer))
                    violations.Add($"{where}: a number, but the schema says {type}");
                else if (!value.TryGetDecimal(out var number) || number != decimal.Truncate(number))
                    violations.Add($"{where}: {value.GetRawText()} is not a whole number");
                return;
        }
    }

    private static void CheckObject(IOpenApiSchema schema, JsonElement value, string where, List<string> violations)
    {
        var properties = schema.Properties ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var property in value.EnumerateObject())
        {
            if (properties.TryGetValue(property.Name, out var propertySchema))
                Check(propertySchema, property.Value, $"{where}.{property.Name}", violations);
            else
                violations.Add($"{where}: property '{property.Name}' is not in the schema");
        }
    }

    private static void CheckItems(IOpenApiSchema items, JsonElement array, string where, List<string> violations)
    {
        var index = 0;
        foreach (var item in array.EnumerateArray())
            Check(items, item, $"{where}[{index++}]", violations);
    }

    private static void Expect(JsonSchemaType? type, JsonSchemaType wanted, string what, string where, List<string> violations)
    {
        if (!Allows(type, wanted))
            violations.Add($"{where}: {what}, but the schema says {type}");
    }

    /// <summary>An unset type (Halo's non-standard names read as none) accepts anything.</summary>
    private static bool Allows(JsonSchemaType? type, JsonSchemaType wanted) => type is not { } t || t.HasFlag(wanted);

    /// <summary>The name to report a schema by: its component name when it is a reference.</summary>
    public static string NameOf(IOpenApiSchema schema, string fallback) =>
        schema is OpenApiSchemaReference reference ? reference.Reference.Id ?? fallback : fallback;
}
