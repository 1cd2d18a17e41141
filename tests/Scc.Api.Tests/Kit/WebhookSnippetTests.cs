using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Kit;

/// <summary>
/// The webhook verification snippets of the Webhooks section of docs/integration.md (C# and TypeScript with the standard's
/// libraries, Python and PHP by hand), read from the page as they stand and run (Roslyn, node, python3, php) against a delivery
/// the API signed: each accepts it, and refuses it once one character of the body is changed.
/// </summary>
public sealed class WebhookSnippetTests(WebhookApiFactory api) : IClassFixture<WebhookApiFactory>
{
    private static readonly string Root = Artifacts.RepositoryRoot();

    private static readonly string[] StandardHeaderNames = ["webhook-id", "webhook-timestamp", "webhook-signature"];

    /// <summary>The one block of <paramref name="language"/> in the Webhooks section of docs/integration.md.</summary>
    private static string Snippet(string language)
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "integration.md")).ReplaceLineEndings("\n");
        var start = page.IndexOf("\n## Webhooks\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/integration.md has no '## Webhooks' section.");
        var end = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = page[start..(end < 0 ? page.Length : end)];
        var blocks = Regex.Matches(section, $@"^```{language}\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(blocks.Count == 1, $"The Webhooks section has {blocks.Count} ```{language} blocks; one is expected.");
        return blocks[0].Groups[1].Value;
    }

    private async Task<(string Secret, ReceivedWebhook Delivery)> SignedDeliveryAsync()
    {
        await api.TurnOffEarlierSubscriptionsAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await api.SubscribeAsync(receiver.Answer("/readme", _ => 204), ["event.published"], secret);
        await api.OpenEventAsync("Webhook Snippet Seminar");
        await api.DispatchUntilIdleAsync();
        return (secret, Assert.Single(receiver.At("/readme")));
    }

    /// <summary>The delivery's own headers (those the standard names), as a receiver reads them.</summary>
    private static Dictionary<string, string> StandardHeaders(ReceivedWebhook delivery) =>
        StandardHeaderNames.ToDictionary(h => h, h => delivery.Headers[h]);

    [Theory]
    [InlineData("csharp")]
    [InlineData("ts")]
    [InlineData("python")]
    [InlineData("php")]
    public async Task Snippet_GivenADeliveryTheApiSigned_AcceptsIt_AndRefusesItWithTheBodyChanged(string language)
    {
        var (secret, delivery) = await SignedDeliveryAsync();
        var at = delivery.Body.IndexOf("event.published", StringComparison.Ordinal) + "event.".Length;
        Assert.True(at > "event.".Length, delivery.Body);
        var tampered = delivery.Body[..at] + "P" + delivery.Body[(at + 1)..];
        Func<string, Task<string>> run = language switch
        {
            "csharp" => body => Task.FromResult(RunCSharp(secret, StandardHeaders(delivery), body)),
            "ts" => body => RunTypeScriptAsync(secret, StandardHeaders(delivery), body),
            "python" => body => RunPythonAsync(secret, StandardHeaders(delivery), body),
            _ => body => RunPhpAsync(secret, StandardHeaders(delivery), body),
        };

        Assert.Equal("accepted event.published", await run(delivery.Body));
        Assert.StartsWith("refused: ", await run(tampered), StringComparison.Ordinal);
    }

    private static string Case(string secret, Dictionary<string, string> headers, string body) =>
        JsonSerializer.Serialize(new { secret, headers, body });

    private static string Outcome(ExternalCommand.Outcome outcome)
    {
        Assert.True(outcome.ExitCode == 0, outcome.Tail());
        return outcome.Output.Trim();
    }

    private static string RunCSharp(string secret, Dictionary<string, string> headers, string body)
    {
        var code = $$"""
            public static class Snippet
            {
                public static string Run(string secret, string body, Microsoft.AspNetCore.Http.HttpRequest request)
                {
                    try
                    {
            {{Snippet("csharp")}}
                        return "accepted " + System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("type").GetString();
                    }
                    catch (StandardWebhooks.Diagnostics.WebhookVerificationException e)
                    {
                        return "refused: " + e.Message;
                    }
                }
            }
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("WebhookSnippet" + Guid.NewGuid().ToString("N"), [CSharpSyntaxTree.ParseText(code)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var assembly = new MemoryStream();
        var emitted = compilation.Emit(assembly);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var context = new DefaultHttpContext();
        foreach (var (name, value) in headers) context.Request.Headers[name] = value;
        var run = Assembly.Load(assembly.ToArray()).GetType("Snippet")!.GetMethod("Run")!;
        return (string)run.Invoke(null, [secret, body, context.Request])!;
    }

    private static async Task<string> RunTypeScriptAsync(string secret, Dictionary<string, string> headers, string body)
    {
        // Plain JavaScript as well as TypeScript: node runs it as a module, its imports first, in tools/webhooks where the
        // standard's library is installed.
        var tools = Path.Combine(Root, "tools", "webhooks");
        if (!Directory.Exists(Path.Combine(tools, "node_modules", "standardwebhooks")))
            Assert.Fail("tools/webhooks/node_modules is missing: run the tests with ./scripts/test.sh, which installs it (npm ci) first.");
        var lines = Snippet("ts").Split('\n');
        var module = string.Join('\n', lines.Where(l => l.StartsWith("import ", StringComparison.Ordinal))) + """

            const { secret, body, headers } = JSON.parse(process.env.SCC_CASE);
            try {
            """ + "\n" + string.Join('\n', lines.Where(l => !l.StartsWith("import ", StringComparison.Ordinal))) + """

              console.log("accepted " + payload.type);
            } catch (error) {
              if (error.constructor.name !== "WebhookVerificationError") throw error;
              console.log("refused: " + error.message);
            }
            """;
        return Outcome(await ExternalCommand.RunAsync("node", ["--input-type=module", "--eval", module], tools,
            new Dictionary<string, string> { ["SCC_CASE"] = Case(secret, headers, body) }));
    }

    private static async Task<string> RunPythonAsync(string secret, Dictionary<string, string> headers, string body)
    {
        var script = "import json, os\n" + Snippet("python") + """

            case = json.loads(os.environ["SCC_CASE"])
            try:
                payload = verify(case["secret"], case["headers"], case["body"].encode())
                print("accepted", payload["type"])
            except ValueError as error:
                print("refused:", error)
            """;
        return Outcome(await ExternalCommand.RunAsync("python3", ["-c", script], Root,
            new Dictionary<string, string> { ["SCC_CASE"] = Case(secret, headers, body) }));
    }

    private static async Task<string> RunPhpAsync(string secret, Dictionary<string, string> headers, string body)
    {
        var file = Path.Combine(Path.GetTempPath(), $"scc-readme-{Guid.NewGuid():N}.php");
        await File.WriteAllTextAsync(file, "<?php\n" + Snippet("php") + """

            $case = json_decode(getenv('SCC_CASE'), true);
            try {
                $payload = verify_webhook($case['secret'], $case['headers'], $case['body']);
                echo "accepted {$payload['type']}\n";
            } catch (RuntimeException $e) {
                echo "refused: {$e->getMessage()}\n";
            }
            """);
        try
        {
            return Outcome(await ExternalCommand.RunAsync("php", [file], Root, new Dictionary<string, string> { ["SCC_CASE"] = Case(secret, headers, body) }));
        }
        catch (InvalidOperationException e) when (e.InnerException is System.ComponentModel.Win32Exception)
        {
            Assert.Fail("php was not found: run the tests with ./scripts/test.sh, which installs Debian's php-cli when it is missing.");
            throw;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
