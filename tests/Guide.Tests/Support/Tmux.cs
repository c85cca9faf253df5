using System.Diagnostics;

namespace Guide.Tests.Support;

/// <summary>
/// A real terminal: a tmux session on a private server, driven with send-keys and read with
/// capture-pane, running an ordinary shell so that the state of the terminal after Guide exits
/// can be checked too.
/// </summary>
internal sealed class Tmux : IDisposable
{
    private readonly string _socket = "guide-test-" + Guid.NewGuid().ToString("N")[..12];

    public Tmux(string workingDirectory, int width = 100, int height = 30, IReadOnlyDictionary<string, string>? environment = null)
    {
        var env = string.Join(' ', (environment ?? new Dictionary<string, string>()).Select(p => $"{p.Key}='{p.Value}'"));
        Run("new-session", "-d", "-s", "main", "-x", width.ToString(), "-y", height.ToString(), "-c", workingDirectory,
            $"env {env} PS1='$ ' bash --noprofile --norc");
        Run("set-option", "-g", "history-limit", "5000");
    }

    /// <summary>Types text literally, then Enter when asked.</summary>
    public void Type(string text, bool enter = false)
    {
        Run("send-keys", "-t", "main", "-l", text);
        if (enter)
            Keys("Enter");
    }

    /// <summary>Sends named keys (Escape, Down, C-q, Space, Enter...).</summary>
    public void Keys(params string[] keys) => Run(["send-keys", "-t", "main", .. keys]);

    /// <summary>The visible screen.</summary>
    public string Screen() => Run("capture-pane", "-p", "-t", "main");

    /// <summary>Everything the pane ever showed, scrollback included.</summary>
    public string History() => Run("capture-pane", "-p", "-S", "-", "-E", "-", "-t", "main");

    /// <summary>The visible screen with its colours and attributes, as SGR escape sequences (capture-pane -e).</summary>
    public string ScreenWithAttributes() => Run("capture-pane", "-p", "-e", "-t", "main");

    /// <summary>Resizes the window, as dragging a terminal's corner would (the program gets SIGWINCH).</summary>
    public void Resize(int width, int height) =>
        Run("resize-window", "-t", "main", "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", height.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Polls the screen until <paramref name="condition"/> holds; fails with the screen after 30 s.</summary>
    public string WaitUntil(Func<string, bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var screen = Screen();
            if (condition(screen))
                return screen;
            if (watch.Elapsed > TimeSpan.FromSeconds(30))
                throw new TimeoutException($"{what}: not so within 30 s; the screen was:\n{screen}");
            Thread.Sleep(100);
        }
    }

    /// <summary>Polls the screen until it holds every one of <paramref name="texts"/>; fails with the screen after 30 s.</summary>
    public string WaitFor(params string[] texts)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var screen = Screen();
            if (texts.All(t => screen.Contains(t, StringComparison.Ordinal)))
                return screen;
            if (watch.Elapsed > TimeSpan.FromSeconds(30))
                throw new TimeoutException($"'{string.Join("', '", texts)}' did not all appear within 30 s; the screen was:\n{screen}");
            Thread.Sleep(100);
        }
    }

    public static bool Available()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("tmux", "-V") { RedirectStandardOutput = true, RedirectStandardError = true });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private string Run(params string[] args)
    {
        var info = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-L");
        info.ArgumentList.Add(_socket);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {error}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            Run("kill-server");
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
