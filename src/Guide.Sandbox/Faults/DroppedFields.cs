using Microsoft.AspNetCore.Http;

namespace Guide.Sandbox.Faults;

/// <summary>Marks a request whose endpoint should not keep the fields the drops-fields fault names.</summary>
internal static class DroppedFields
{
    private static readonly object Key = new();

    public static void Arm(HttpContext context) => context.Items[Key] = true;

    public static bool Armed(HttpContext context) => context.Items.ContainsKey(Key);
}
