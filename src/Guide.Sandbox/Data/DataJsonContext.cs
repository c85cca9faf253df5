using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guide.Sandbox.Data;

/// <summary>
/// The <c>--data</c> file's JSON, generated at build time: the same camelCase, indented shape as
/// reflection-based serialisation with web defaults, but it works in a trimmed NativeAOT build.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(SandboxData))]
internal sealed partial class DataJsonContext : JsonSerializerContext;
