using System.Text;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace Guide.Tui.Tests.Support;

/// <summary>
/// Drives a real Terminal.Gui run loop headlessly: each step runs on a loop iteration, keys go
/// through the input pipeline (so a key that opens a modal dialog is handled by the loop, not
/// inside the step), and the screen is read back as text.
/// </summary>
internal sealed class TuiScript
{
    /// <summary>Terminal.Gui reads Esc followed within 50 ms by a key as Alt+key, as a terminal would.</summary>
    private static readonly TimeSpan EscGap = TimeSpan.FromMilliseconds(150);

    private readonly Queue<Func<IApplication, bool>> _steps = new();
    private string? _lastPolled;

    public List<string> Screens { get; } = [];

    /// <summary>Queues keys in one step; the loop handles them in order, modal dialogs included.</summary>
    public TuiScript Key(Key key, int times = 1) => Keys(Enumerable.Repeat(key, times));

    public TuiScript Type(string text) => Keys(text.EnumerateRunes().Select(r => new Key(r.Value)));

    private TuiScript Keys(IEnumerable<Key> keys)
    {
        var list = keys.ToList();
        Do(app =>
        {
            foreach (var key in list)
                app.GetInputInjector().InjectKey(key, new InputInjectionOptions { Mode = InputInjectionMode.Pipeline, AutoProcess = false });
        });
        // A person pressing Esc, then another key, leaves a gap; without one it is Alt+key.
        return list.Count > 0 && list[^1] == Terminal.Gui.Input.Key.Esc ? Wait(EscGap) : this;
    }

    /// <summary>Lets wall-clock time pass while the loop keeps running.</summary>
    public TuiScript Wait(TimeSpan gap)
    {
        DateTime? until = null;
        _steps.Enqueue(_ =>
        {
            until ??= DateTime.UtcNow + gap;
            return DateTime.UtcNow >= until;
        });
        return this;
    }

    /// <summary>Reads the screen once the keys before it are handled and drawn.</summary>
    public TuiScript Screen(Action<string> check)
    {
        return Do(app =>
        {
            app.LayoutAndDraw();
            var screen = app.Driver!.ToString()!;
            Screens.Add(screen);
            _lastPolled = null;
            check(screen);
        });
    }

    /// <summary>
    /// Waits, with the loop running, until the screen shows <paramref name="text"/>: for what a
    /// background task brings about. Every screen looked at is kept, to check for secrets.
    /// </summary>
    public TuiScript WaitFor(string text)
    {
        _steps.Enqueue(app =>
        {
            app.LayoutAndDraw();
            var screen = app.Driver!.ToString()!;
            _lastPolled = screen;
            if (!screen.Contains(text, StringComparison.Ordinal))
                return false;
            Screens.Add(screen);
            return true;
        });
        return this;
    }

    /// <summary>Waits, with the loop running, until <paramref name="condition"/> holds.</summary>
    public TuiScript WaitUntil(Func<bool> condition)
    {
        _steps.Enqueue(_ => condition());
        return this;
    }

    public TuiScript Do(Action<IApplication> action)
    {
        _steps.Enqueue(app =>
        {
            action(app);
            return true;
        });
        return this;
    }

    /// <summary>Runs the loop until the script ends it; fails on a step's exception or after the timeout.</summary>
    public TuiExit RunIn(IApplication app, Func<TuiExit> run, TimeSpan timeout)
    {
        Exception? failure = null;
        var idle = 0;
        var started = DateTime.UtcNow;
        void OnIteration(object? sender, EventArgs e)
        {
            if (failure is not null)
                return;
            if (DateTime.UtcNow - started > timeout)
            {
                // Thrown, not a stop request: a running automation's dialog refuses to stop until
                // the automation has, and a stuck one would keep the test waiting for ever.
                failure = new TimeoutException($"the script did not finish in {timeout}; {_steps.Count} steps left");
                throw new ScriptAborted();
            }
            // Let the loop handle queued input and redraw between steps.
            if (++idle < 2 || _steps.Count == 0)
                return;
            idle = 0;
            try
            {
                if (_steps.Peek()(app))
                    _steps.Dequeue();
            }
            catch (Exception ex)
            {
                failure = ex;
                throw new ScriptAborted();
            }
        }

        app.Iteration += OnIteration;
        try
        {
            TuiExit exit;
            try
            {
                exit = run();
            }
            catch (ScriptAborted)
            {
                exit = TuiExit.Interrupted;
            }
            if (failure is not null)
                throw new InvalidOperationException("TUI script failed:\n" + LastScreen(), failure);
            if (_steps.Count > 0)
                throw new InvalidOperationException($"the run ended with {_steps.Count} steps left:\n" + LastScreen());
            return exit;
        }
        finally
        {
            app.Iteration -= OnIteration;
        }
    }

    /// <summary>Unwinds every run loop at once, nested dialogs' included; the real failure is kept aside.</summary>
    private sealed class ScriptAborted : Exception;

    private string LastScreen() => _lastPolled ?? (Screens.Count == 0 ? "(no screen read)" : Screens[^1]);

    public static string Line(string screen, string containing) =>
        screen.Split('\n').FirstOrDefault(l => l.Contains(containing, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"no line contains '{containing}':\n{screen}");

    /// <summary>The checklist row (left half of the screen) holding <paramref name="text"/>.</summary>
    public static string Row(string screen, string text) =>
        screen.Split('\n').FirstOrDefault(l => l.IndexOf(text, StringComparison.Ordinal) is var i && i > 0 && i < l.Length / 2)
        ?? throw new InvalidOperationException($"no checklist row holds '{text}':\n{screen}");

    public static string Flat(string screen)
    {
        var b = new StringBuilder();
        foreach (var line in screen.Split('\n'))
            b.Append(line.TrimEnd()).Append('\n');
        return b.ToString();
    }
}
