namespace Guide;

/// <summary>
/// Something the person must fix before Guide can run (a missing file, a corrupt state, no
/// terminal). Becomes exit code 2 and one clear message in one place: <see cref="Cli.GuideCli"/>.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
