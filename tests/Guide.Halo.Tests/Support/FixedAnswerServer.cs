using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Guide.Halo.Tests.Support;

/// <summary>A loopback HTTP server that gives every request the same answer ("{request}" in it is replaced by the request's body).</summary>
internal static class FixedAnswerServer
{
    public static HttpListener Start(int status, string body, out int port)
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                var sent = await new StreamReader(context.Request.InputStream).ReadToEndAsync();
                var bytes = Encoding.UTF8.GetBytes(body.Replace("{request}", sent, StringComparison.Ordinal));
                context.Response.StatusCode = status;
                context.Response.ContentType = body.StartsWith('{') ? "application/json" : "text/plain";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        });
        return listener;
    }
}
