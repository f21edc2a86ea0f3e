using WeComGen.Client.Tests.Support;
using WeComGen.Emulator.Faults;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Tests.Client;

/// <summary>The corp secret, access tokens and whole welcome codes never show in logs, messages or exceptions.</summary>
public sealed class SecretTests
{
    [Fact]
    public async Task No_secret_appears_in_any_log_line_outcome_or_exception_on_any_path()
    {
        await using var harness = await Harness.StartAsync();
        var texts = new List<string>();
        var codes = new List<string>();

        async Task Send(WeComClient client, params EmulatorFault[] faults)
        {
            harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, faults);
            var code = harness.ReceiveCode();
            codes.Add(code.Value);
            var outcome = await harness.SendAsync(code, client);
            texts.Add(outcome.ToString()!);
            texts.Add(outcome.Failure?.ToString() ?? string.Empty);
        }

        var client = harness.NewClient(configure: o => o.AttemptTimeout = TimeSpan.FromMilliseconds(500));
        await Send(client);
        await Send(client, new EmulatorFault.RevokeTokens());
        await Send(client, new EmulatorFault.RevokeTokens(), new EmulatorFault.RevokeTokens());
        await Send(client, new EmulatorFault.HttpStatus(503), new EmulatorFault.DropConnection(), new EmulatorFault.Slow(TimeSpan.FromSeconds(3)));
        await Send(client, Enumerable.Repeat<EmulatorFault>(new EmulatorFault.ErrorCode((int)WeComErrorCode.SystemBusy), 5).ToArray());
        await Send(client, new EmulatorFault.ErrorCode((int)WeComErrorCode.IpNotAllowed));
        await Send(harness.NewClient(secret: "a-wrong-secret-that-is-still-secret"));
        harness.Emulator.InjectFaults(EmulatedEndpoint.GetToken, new EmulatorFault.HttpStatus(500));
        harness.Emulator.RevokeTokens();
        await Send(client);
        var settled = harness.ReceiveCode();
        await harness.SendAsync(settled, client);
        texts.Add((await harness.SendAsync(settled, client)).ToString()!);
        codes.Add(settled.Value);
        texts.Add(new WeComGen.Tokens.AccessToken(harness.Secrets.Seen.First(), harness.Clock.GetUtcNow()).ToString());
        texts.Add(settled.ToString());
        texts.Add(Assert.Throws<ArgumentException>(() => new WeComClient(harness.Http, new WeComClientOptions { CorpId = "corp" })).Message);

        var logs = harness.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        texts.AddRange(logs.Select(r => r.Message));
        texts.AddRange(logs.SelectMany(r => r.StructuredState ?? []).Select(pair => pair.Value ?? string.Empty));
        texts.AddRange(logs.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()));
        var secrets = harness.Secrets.Seen.Concat(codes).ToList();
        Assert.Contains(harness.Emulator.Secret, secrets);
        Assert.Contains("a-wrong-secret-that-is-still-secret", secrets);
        Assert.True(secrets.Count > codes.Count + 3, "expected several access tokens on the wire");
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(texts, text => text.Contains(secret, StringComparison.Ordinal));
        }
    }
}
