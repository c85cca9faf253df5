namespace Guide.Core.Runs;

public enum RunMode
{
    Offline,
    Assisted,
    Automated,
    Sandbox,
}
