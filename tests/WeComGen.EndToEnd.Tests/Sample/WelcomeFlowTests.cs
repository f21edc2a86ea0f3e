using System.Net;
using System.Text.Json;
using WeComGen.Client;
using WeComGen.Emulator;
using WeComGen.Emulator.Callbacks;
using WeComGen.Emulator.Customers;
using WeComGen.EndToEnd.Tests.Support;
using WeComGen.ExternalContact;
using WeComGen.Samples.WelcomeBot;

namespace WeComGen.EndToEnd.Tests.Sample;

/// <summary>
/// The sample's wiring over loopback: WeCom (the emulator) pushes an encrypted callback to the bot's URL, the bot
/// answers at once and sends the welcome inside the code's window, once, whatever WeCom repeats.
/// </summary>
public sealed class WelcomeFlowTests
{
    /// <summary>Far longer than a welcome takes here, and shorter than a hung test.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(25);

    /// <summary>How long a repeated callback is given to cause a second send, if it were going to.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_customer_added_is_welcomed_by_name_with_text_image_video_file_link_and_mini_program_within_the_window()
    {
        await using var setup = await BotOnEmulator.StartAsync();
        var welcomed = setup.Outcomes.Expect("wmCustomer1001");

        var customer = await setup.Emulator.AddCustomerAsync("zhangsan", new NewCustomer("wmCustomer1001") { Name = "李雷", State = "poster-2026" });

        Assert.Equal((HttpStatusCode.OK, "success"), (customer.Answer.StatusCode, customer.Answer.Body));
        var report = await welcomed.WaitAsync(Patience);
        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>(report.Outcome);
        Assert.Equal("李雷", report.Greeting.CustomerName);
        var delivered = Assert.Single(setup.Emulator.Deliveries);
        Assert.Equal(customer.WelcomeCode, delivered.WelcomeCode);
        Assert.InRange(delivered.DeliveredAt - customer.IssuedAt, TimeSpan.Zero, setup.Emulator.Options.WelcomeCodeValidity);
        var request = JsonSerializer.Deserialize(delivered.Json, ExternalContactJsonContext.Default.SendWelcomeMsgRequest)!;
        Assert.StartsWith("李雷", request.Text?.Content);
        Assert.Equal([AttachmentType.Image, AttachmentType.Video, AttachmentType.File, AttachmentType.Link, AttachmentType.MiniProgram], request.Attachments!.Select(a => a.MsgType));
        Assert.True(request.Validate().IsValid);
    }

    [Fact]
    public async Task A_callback_pushed_again_after_the_welcome_does_not_deliver_twice()
    {
        await using var setup = await BotOnEmulator.StartAsync();
        var welcomed = setup.Outcomes.Expect("wmCustomer1002");
        var customer = await setup.Emulator.AddCustomerAsync("zhangsan", "wmCustomer1002");
        await welcomed.WaitAsync(Patience);
        var again = setup.Outcomes.Expect("wmCustomer1002");

        var same = await setup.Emulator.ReplayCallbackAsync(customer);
        var fresh = await setup.Emulator.ReplayCallbackAsync(customer, freshEnvelope: true);

        Assert.True(same.Accepted && fresh.Accepted);
        await AssertNoSecondSendAsync(again);
        Assert.Single(setup.Emulator.Deliveries);
    }

    [Fact]
    public async Task A_callback_pushed_again_while_the_welcome_is_in_flight_does_not_deliver_twice()
    {
        await using var setup = await BotOnEmulator.StartAsync();
        var welcomed = setup.Outcomes.Expect("wmCustomer1003");
        AddedCustomer customer;
        using (setup.Emulator.HoldDeliveries())
        {
            customer = await setup.Emulator.AddCustomerAsync("zhangsan", "wmCustomer1003");
            await setup.Emulator.WhenInFlight(customer.WelcomeCode).WaitAsync(Patience);

            Assert.True((await setup.Emulator.ReplayCallbackAsync(customer)).Accepted);
            Assert.True((await setup.Emulator.ReplayCallbackAsync(customer, freshEnvelope: true)).Accepted);
        }

        Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.Sent>((await welcomed.WaitAsync(Patience)).Outcome);
        await AssertNoSecondSendAsync(setup.Outcomes.Expect("wmCustomer1003"));
        Assert.Equal(customer.WelcomeCode, Assert.Single(setup.Emulator.Deliveries).WelcomeCode);
    }

    [Fact]
    public async Task A_callback_not_encrypted_with_the_bots_token_and_key_is_refused_and_nothing_is_sent()
    {
        await using var setup = await BotOnEmulator.StartAsync();
        await using var impostor = await WeComEmulator.StartAsync(new WeComEmulatorOptions { CallbackUrl = WeComGen.Samples.WelcomeBot.Emulated.EmulatorWiring.CallbackUrl(setup.Bot) });

        var customer = await impostor.AddCustomerAsync("zhangsan", "wmCustomer1004");

        Assert.Equal(HttpStatusCode.BadRequest, customer.Answer.StatusCode);
        Assert.Contains(nameof(WeComGen.Callbacks.CallbackErrorReason.InvalidSignature), customer.Answer.Body);
        Assert.Empty(setup.Emulator.Deliveries);
        Assert.Empty(impostor.Deliveries);
    }

    /// <summary>A repeated callback may reach the handler only if the de-duplication missed it; then it must be 41051, a success.</summary>
    private static async Task AssertNoSecondSendAsync(Task<WelcomeReport> second)
    {
        if (await Task.WhenAny(second, Task.Delay(Settle)) == second)
        {
            Assert.IsType<WeComOutcome<SendWelcomeMsgResponse>.AlreadyDelivered>((await second).Outcome);
        }
    }
}
