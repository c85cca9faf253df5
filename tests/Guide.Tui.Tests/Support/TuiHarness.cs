using Guide.Core.Automation;
using Guide.Core.Guides;
using Guide.Core.Parsing;
using Guide.Core.Proof;
using Guide.Core.Runs;
using Microsoft.Extensions.Time.Testing;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace Guide.Tui.Tests.Support;

/// <summary>A run of the real guide in a headless application of a given size.</summary>
internal sealed class TuiHarness : IDisposable
{
    public static readonly GuideDocument RealGuide =
        GuideParser.Parse(Repo.ReadContent("liongard-halopsa.md"), "liongard-halopsa.md").Guide!;

    private readonly string _folder = Directory.CreateTempSubdirectory("guide-tui-").FullName;

    /// <param name="automations">This mode's automations; offline (none) unless given.</param>
    /// <param name="admin">Administrator credentials known up front, as HALO_ADMIN_* would give them.</param>
    /// <param name="store">Where the run is saved; <see cref="Store"/> unless given.</param>
    public TuiHarness(int width = 100, int height = 30, RunState? state = null, TuiOptions? options = null,
        IAutomationCatalogue? automations = null, ClientCredentials? admin = null, IRunStore? store = null)
    {
        Automations = automations ?? EmptyCatalogue.Instance;
        Admin = admin;
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        Store = new RecordingStore();
        Run = new Run(RealGuide, state ?? RunState.New(RealGuide.Id, RealGuide.Version, RunMode.Offline, Clock.GetUtcNow()), store ?? Store, Clock, "tester");
        Reports = new TemplateReports(Run, Clock, _folder);
        Options = options ?? new TuiOptions(Ascii: false, Monochrome: false, ModeLabel: automations is null ? "offline" : "sandbox");
        App = Application.Create();
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
    }

    public FakeTimeProvider Clock { get; }

    public RecordingStore Store { get; }

    public Run Run { get; }

    public TemplateReports Reports { get; }

    public TuiOptions Options { get; }

    public IAutomationCatalogue Automations { get; }

    public ClientCredentials? Admin { get; }

    /// <summary>The thread the run loop is on (the test's own): no automation may run on it.</summary>
    public int UiThread { get; } = Environment.CurrentManagedThreadId;

    public IApplication App { get; }

    public string Folder => _folder;

    public TuiExit Play(TuiScript script, int timeoutSeconds = 60) =>
        script.RunIn(App, () => GuideTui.RunIn(App, Run, new TuiServices(Reports, Automations, "/state/liongard-halopsa.json", Admin), Options, Clock),
            TimeSpan.FromSeconds(timeoutSeconds));

    public void Dispose()
    {
        App.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
