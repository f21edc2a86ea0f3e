using WeComGen.Client.Tests.Support;
using WeComGen.Emulator;
using WeComGen.Emulator.Faults;
using WeComGen.ExternalContact;

namespace WeComGen.Client.Tests.Client;

/// <summary>
/// Whatever goes wrong, every send ends as sent, already delivered or a typed failure, never after its
/// deadline, and no welcome message is delivered twice.
/// </summary>
public sealed class FaultMatrixTests
{
    private static readonly EmulatorFault[] Faults =
    [
        new EmulatorFault.ErrorCode((int)WeComErrorCode.SystemBusy),
        new EmulatorFault.ErrorCode((int)WeComErrorCode.WelcomeMessageBeingDistributed),
        new EmulatorFault.ErrorCode((int)WeComErrorCode.RateLimited),
        new EmulatorFault.HttpStatus(503),
        new EmulatorFault.HttpStatus(429),
        new EmulatorFault.DropConnection(),
        new EmulatorFault.Slow(TimeSpan.FromSeconds(3)),
        new EmulatorFault.RevokeTokens(),
    ];

    public static TheoryData<int, int> Pairs()
    {
        var pairs = new TheoryData<int, int>();
        for (var first = 0; first < Faults.Length; first++)
        {
            for (var second = 0; second < Faults.Length; second++)
            {
                pairs.Add(first, second);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Two_faults_in_a_row_end_in_one_delivery_inside_the_window(int first, int second)
    {
        await using var harness = await Harness.StartAsync();
        var client = harness.NewClient(configure: o => o.AttemptTimeout = TimeSpan.FromMilliseconds(500));
        var code = harness.ReceiveCode();
        var deadline = code.ReceivedAt!.Value + ExternalContactEndpoints.SendWelcomeMsg.CredentialValidity!.Value - new WeComClientOptions().CredentialSafetyMargin;
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, Faults[first], Faults[second]);

        var outcome = await harness.SendAsync(code, client);

        Assert.True(harness.Clock.GetUtcNow() < deadline, "the send ran past its deadline");
        if (Faults[first] is EmulatorFault.RevokeTokens && Faults[second] is EmulatorFault.RevokeTokens)
        {
            // A token is refreshed once per call: refused twice, the call ends.
            Assert.IsType<WeComFailure.TokenRejected>(outcome.Failure);
            Assert.Empty(harness.Emulator.Deliveries);
        }
        else
        {
            // Sent, or already delivered when an attempt that timed out had in fact been delivered.
            Assert.True(outcome.IsSuccess, outcome.ToString());
            Assert.Single(harness.Emulator.Deliveries);
        }
    }

    [Fact]
    public async Task Two_apps_sending_every_code_through_random_faults_deliver_each_at_most_once()
    {
        await using var harness = await Harness.StartAsync(emulator: o => o.Apps.Add(new EmulatedApp("crm", "emulator-secret-crm")));
        var random = new Random(20261124);
        harness.Emulator.InjectFaults(EmulatedEndpoint.SendWelcomeMsg, Enumerable.Range(0, 120).Select(_ => Faults[random.Next(Faults.Length)]).ToArray());
        harness.Emulator.InjectFaults(EmulatedEndpoint.GetToken, new EmulatorFault.HttpStatus(500), new EmulatorFault.DropConnection());
        var apps = new[] { harness.NewClient(configure: Quick), harness.NewClient("emulator-secret-crm", Quick) };
        var codes = Enumerable.Range(0, 60).Select(_ => harness.ReceiveCode()).ToList();

        var sends = await Task.WhenAll(codes.SelectMany(code => apps.Select(async app => (code, outcome: await Task.Run(() => harness.SendAsync(code, app))))));

        var deliveries = harness.Emulator.Deliveries;
        Assert.Equal(deliveries.Count, deliveries.Select(d => d.WelcomeCode).Distinct().Count());
        Assert.All(sends, s => Assert.True(s.outcome.IsSuccess || s.outcome.Failure is not null));
        var sentCodes = sends.Where(s => s.outcome is WeComOutcome<SendWelcomeMsgResponse>.Sent).Select(s => s.code.Value).ToList();
        Assert.Equal(sentCodes.Count, sentCodes.Distinct().Count());
        var delivered = deliveries.Select(d => d.WelcomeCode).ToHashSet();
        Assert.Subset(delivered, sentCodes.ToHashSet());
        // A delivery whose answer was lost (a slow answer past the attempt's timeout) is told by a retry: already
        // delivered; when no retry fits before the deadline the call fails, its request delivered all the same. So
        // every delivered code was sent by a call that made an attempt, and most are a success for one of the apps.
        Assert.Subset(sends.Where(s => s.outcome.Attempts > 0).Select(s => s.code.Value).ToHashSet(), delivered);
        var succeeded = sends.Where(s => s.outcome.IsSuccess).Select(s => s.code.Value).ToHashSet();
        Assert.True(succeeded.Count * 2 >= delivered.Count, $"{succeeded.Count} of {delivered.Count} delivered codes were a success for an app");

        static void Quick(WeComClientOptions options) => options.AttemptTimeout = TimeSpan.FromMilliseconds(500);
    }
}
