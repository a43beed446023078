using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CompatRules.Tests.Inventory.Live;

/// <summary>A local HTTPS server of the test's own on 127.0.0.1 that answers list requests like the API server, from
/// responses the test hands it; the client library under test is the real one. Each request is one connection
/// (<c>Connection: close</c>).</summary>
internal sealed class CannedApiServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly X509Certificate2 _certificate = SelfSigned();
    private readonly Func<string, CannedAnswer> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public CannedApiServer(Func<string, CannedAnswer> answer)
    {
        _answer = answer;
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    /// <summary>The request targets (path and query) in the order they came.</summary>
    public List<string> Requests { get; } = [];

    public string Url => $"https://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>A kubeconfig for this server: its certificate as the CA, a bearer token, context <c>canned</c>.</summary>
    public string WriteKubeconfig(string directory)
    {
        var ca = Convert.ToBase64String(Encoding.ASCII.GetBytes(_certificate.ExportCertificatePem()));
        var path = Path.Combine(directory, "kubeconfig");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: canned
              cluster:
                server: {Url}
                certificate-authority-data: {ca}
            users:
            - name: reader
              user:
                token: not-a-real-token
            contexts:
            - name: canned
              context:
                cluster: canned
                user: reader
            current-context: canned
            """);
        return path;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await using var tls = new SslStream(client.GetStream());
                await tls.AuthenticateAsServerAsync(_certificate);
                var target = await ReadRequestTargetAsync(tls);
                lock (Requests)
                {
                    Requests.Add(target);
                }

                var answer = _answer(target);
                if (answer.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(answer.Delay, _stop.Token);
                }

                if (answer.BreakConnection)
                {
                    client.Client.LingerState = new LingerOption(true, 0);
                    return;
                }

                var body = Encoding.UTF8.GetBytes(answer.Body);
                var head = $"HTTP/1.1 {answer.Status} {(HttpStatusCode)answer.Status}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                await tls.WriteAsync(Encoding.ASCII.GetBytes(head));
                await tls.WriteAsync(body);
                await tls.FlushAsync();
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or System.Security.Authentication.AuthenticationException)
            {
                // The client went away or the test stopped the server.
            }
        }
    }

    private static async Task<string> ReadRequestTargetAsync(Stream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!(buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n'))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                break;
            }

            buffer.Add(one[0]);
        }

        var requestLine = Encoding.ASCII.GetString([.. buffer]).Split("\r\n")[0];
        return requestLine.Split(' ').ElementAtOrDefault(1) ?? string.Empty;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=canned-apiserver", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyCertSign, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _certificate.Dispose();
    }
}

/// <summary>What the canned server answers one request with.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="Delay">How long to wait first (a slow answer).</param>
/// <param name="BreakConnection">Reset the connection instead of answering.</param>
internal sealed record CannedAnswer(int Status, string Body, TimeSpan Delay = default, bool BreakConnection = false);
