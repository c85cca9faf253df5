using System.Diagnostics;
using Guide.Testing.Sandbox;
using Guide.Tui.Tests.Support;
using Terminal.Gui.Input;

namespace Guide.Tui.Tests;

/// <summary>
/// Offline is provably network-free: with a live HaloPSA simulator's addresses recorded, every
/// automation key pressed on every item, not one HTTP request leaves the process. Watched at
/// .NET's own HttpClient diagnostics, process-wide, so this runs alone.
/// </summary>
[Collection(nameof(ProcessWideLook))]
public sealed class OfflineNetworkTests
{
    [Fact]
    public async Task An_offline_run_makes_no_http_request_at_all()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var watch = new HttpWatch();
        using var harness = new TuiHarness(100, 30);
        harness.Run.SetValue("instance_url", sandbox.Settings.InstanceUrl);
        harness.Run.SetValue("resource_server", sandbox.Settings.ResourceServer);
        harness.Run.SetValue("authorisation_server", sandbox.Settings.AuthorisationServer);
        harness.Run.SetValue("client_id", sandbox.Settings.AdminClientId);
        harness.Run.SetValue("client_secret", sandbox.Settings.AdminClientSecret);

        var script = new TuiScript();
        for (var row = 0; row < 34; row++)
            script.Key(Key.A).Key(Key.G).Key(Key.CursorDown);
        script.Screen(s => s.ShouldContain("Nothing is automated in offline mode")).Key(Key.Q.WithCtrl);

        harness.Play(script);

        watch.Requests.ShouldBe(0);
        sandbox.Server.RequestCount.ShouldBe(0);

        // The watch itself sees requests: one made on purpose is counted.
        (await sandbox.Http.GetAsync(new Uri("api/authinfo", UriKind.Relative))).EnsureSuccessStatusCode();
        watch.Requests.ShouldBeGreaterThan(0);
    }

    /// <summary>Counts HttpClient requests anywhere in the process.</summary>
    private sealed class HttpWatch : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable _all;
        private readonly List<IDisposable> _subscriptions = [];
        private int _requests;

        public HttpWatch() => _all = DiagnosticListener.AllListeners.Subscribe(this);

        public int Requests => Volatile.Read(ref _requests);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "HttpHandlerDiagnosticListener")
            {
                lock (_subscriptions)
                    _subscriptions.Add(listener.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key.EndsWith("Request", StringComparison.Ordinal) || value.Key.EndsWith(".Start", StringComparison.Ordinal))
                Interlocked.Increment(ref _requests);
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions)
                _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
