using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Guide.Core.Runs;
using Guide.Tui.Theme;
using Terminal.Gui.App;
using Terminal.Gui.Configuration;
using Terminal.Gui.Input;

namespace Guide.Tui;

/// <summary>Starts the interactive checklist. The only public way into the TUI.</summary>
public static class GuideTui
{
    /// <summary>
    /// Terminal.Gui's own start-up work: reading its configuration and themes, a good part of the
    /// time to the first frame. With the JIT it is the library's module initializer, which the
    /// runtime runs once, the first time anything touches the library; a thread that needs the
    /// library meanwhile waits for it, so nothing sees it half-configured. A NativeAOT build runs
    /// module initializers at process start for every command, so there Guide leaves it out
    /// (src/Guide/NativeAot) and makes the same public call itself, here.
    /// </summary>
    private static readonly Lazy<Task> Configured = new(() => Task.Factory.StartNew(
        Configure, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    /// <summary>
    /// Starts Terminal.Gui's start-up work on another core, to overlap whatever the caller does
    /// before <see cref="Run"/> (parsing the guide, opening the run).
    /// </summary>
    public static void Prepare() => _ = Configured.Value;

    private static void Configure()
    {
        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            RuntimeHelpers.RunModuleConstructor(typeof(Application).Module.ModuleHandle);
            return;
        }

        try
        {
            TuiConfigurationBuilder.Shared.ApplyToStaticFacades();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException or System.Text.Json.JsonException)
        {
            // As the library's own initializer does: a broken configuration file means defaults.
        }
    }

    /// <summary>
    /// Runs the checklist in the real terminal until the person quits. The terminal is restored
    /// on every way out: quit, Ctrl+C, SIGINT/SIGTERM, or an exception (which is rethrown
    /// after the terminal is back).
    /// </summary>
    /// <param name="clock">The clock the automations count their retry waits with (<see cref="Core.Automation.Activity.WaitUntil"/>); the system's unless given.</param>
    public static TuiExit Run(Run run, TuiServices services, TuiOptions options, TimeProvider? clock = null)
    {
        Configured.Value.GetAwaiter().GetResult();
        ApplyTheme(options);
        using var app = Application.Create().Init();
        return RunIn(app, run, services, options, clock);
    }

    /// <summary>Process-wide look: call before the application is created.</summary>
    internal static void ApplyTheme(TuiOptions options)
    {
        if (options.Ascii)
            AsciiGlyphs.Apply();
        if (options.Monochrome)
            Monochrome.Apply();
        if (options.Ascii || options.Monochrome)
            NoShadows.Apply();
    }

    /// <summary>Runs the checklist in an application that is already initialised (tests use a headless one).</summary>
    /// <param name="clock">What retry countdowns count against; the automations' own clock (tests pass a fake one).</param>
    internal static TuiExit RunIn(IApplication app, Run run, TuiServices services, TuiOptions options, TimeProvider? clock = null)
    {
        // Ctrl+Z suspends by default on Unix; here it undoes, and an accidental suspend helps nobody.
        app.Keyboard.KeyBindings.Remove(Key.Z.WithCtrl);
        using var window = new MainWindow(run, services, options, clock ?? TimeProvider.System);
        app.Keyboard.KeyDown += (_, key) => window.OnApplicationKey(key);
        app.Paste += (_, paste) => window.OnPaste(paste);
        // On the window's first loop iteration: its dialog needs the loop, and an Invoke'd action
        // would hold Terminal.Gui's timer lock for as long as the dialogs it opens stay open.
        void Offer(object? sender, EventArgs e)
        {
            app.Iteration -= Offer;
            window.OfferAutomations();
        }
        app.Iteration += Offer;

        using var interrupt = OnSignal(PosixSignal.SIGINT, app, window);
        using var terminate = OnSignal(PosixSignal.SIGTERM, app, window);
        // SIGHUP keeps its default: the terminal is gone, so there is nothing to restore and no
        // one to draw for. Every change is already saved; the process simply ends.
        try
        {
            app.Run(window);
        }
        finally
        {
            app.Iteration -= Offer;
        }
        return window.Exit ?? TuiExit.Quit;
    }

    private static PosixSignalRegistration OnSignal(PosixSignal signal, IApplication app, MainWindow window) =>
        PosixSignalRegistration.Create(signal, context =>
        {
            context.Cancel = true;
            app.Invoke(() => window.Stop(TuiExit.Interrupted));
        });
}
