namespace Guide.Sandbox.Data;

/// <summary>The answer to creating an application: the only time its secret is available.</summary>
public sealed record CreatedApplication(SandboxApplication Application, string ClientSecret)
{
    /// <summary>Keeps the secret out of test output and logs.</summary>
    public override string ToString() => $"{Application} (secret withheld)";
}
