using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using WeComGen.Callbacks;
using WeComGen.Client;
using WeComGen.Endpoints;
using WeComGen.ExternalContact;
using WeComGen.Metadata;
using WeComGen.Personalisation;

namespace WeComGen.Assets.Tests.Personalisation;

/// <summary>
/// The welcome greets the customer by name when the lookup answers within its budget, and otherwise sends the plain
/// greeting and logs why once.
/// </summary>
public sealed class GreetingTests
{
    private static readonly int TextLimit = ContractLimits.MaxUtf8Bytes(typeof(Text), nameof(Text.Content));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly FakeLogCollector _logs = new();

    [Fact]
    public async Task A_name_found_within_the_budget_is_in_the_greeting()
    {
        var greeting = await Greeting().ComposeAsync(Added(), _ => Task.FromResult(Found("李雷")), name => name, CancellationToken.None);

        Assert.True(greeting.IsPersonalised);
        Assert.Equal("李雷，您好！来自 poster-2026", greeting.Text);
    }

    [Fact]
    public async Task A_lookup_slower_than_its_budget_gives_the_plain_greeting()
    {
        var never = new TaskCompletionSource<WeComOutcome<string>>();
        var composing = Greeting().ComposeAsync(Added(), _ => never.Task, name => name, CancellationToken.None);
        Assert.False(composing.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(2));
        var greeting = await composing;

        Assert.False(greeting.IsPersonalised);
        Assert.Equal("您好！欢迎添加", greeting.Text);
        Assert.Contains("budget", greeting.FallbackReason);
        Assert.Equal(TimeSpan.FromSeconds(2), greeting.LookupTime);
    }

    [Theory]
    [InlineData(40096, "InvalidExternalUserId", ErrorAction.Rejected)]
    [InlineData(48002, "ApiForbidden", ErrorAction.Configuration)]
    public async Task A_refused_lookup_gives_the_plain_greeting_and_its_reason_is_logged_once(int code, string name, ErrorAction action)
    {
        var error = new ApiError("GetExternalContact", code, null, action, new ErrorCodeInfo(code, name, null, "", action));
        WeComFailure failure = action == ErrorAction.Rejected ? new WeComFailure.Rejected(error) : new WeComFailure.Misconfigured(error);
        var refused = Task.FromResult<WeComOutcome<string>>(new WeComOutcome<string>.Failed(failure, 1));
        var greeting = Greeting();

        var first = await greeting.ComposeAsync(Added(), _ => refused, found => found, CancellationToken.None);
        var second = await greeting.ComposeAsync(Added(), _ => refused, found => found, CancellationToken.None);

        Assert.Equal("您好！欢迎添加", first.Text);
        Assert.Equal("您好！欢迎添加", second.Text);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), first.FallbackReason);
        Assert.Single(_logs.GetSnapshot(), record => record.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task A_template_without_a_name_makes_no_lookup()
    {
        var greeting = new WelcomeGreeting(new WelcomeGreetingOptions { Template = "欢迎！{member} 为您服务" }, TextLimit, _time);

        var composed = await greeting.ComposeAsync<string>(Added(), _ => throw new InvalidOperationException("no lookup expected"), name => name, CancellationToken.None);

        Assert.Equal("欢迎！zhangsan 为您服务", composed.Text);
    }

    [Theory]
    [InlineData("{nickname}您好", "{nickname}")]
    [InlineData("您好 {name", "not closed")]
    public void A_template_that_cannot_be_read_is_refused_naming_the_setting_and_the_problem(string template, string problem)
    {
        var failure = Assert.Throws<ArgumentException>(() => new WelcomeGreeting(new WelcomeGreetingOptions { Template = template }, TextLimit, _time));

        Assert.Contains("WelcomeGreeting:Template", failure.Message);
        Assert.Contains(problem, failure.Message);
    }

    [Fact]
    public void The_plain_greeting_cannot_use_the_name() =>
        Assert.Contains("PlainGreeting", Assert.Throws<ArgumentException>(() => new WelcomeGreeting(new WelcomeGreetingOptions { PlainGreeting = "{name}" }, TextLimit, _time)).Message);

    [Fact]
    public void A_member_without_a_byte_limit_is_refused_by_the_metadata_reader() =>
        Assert.Throws<ArgumentException>(() => ContractLimits.MaxUtf8Bytes(typeof(Text), nameof(Text.ToString)));

    private WelcomeGreeting Greeting() => new(
        new WelcomeGreetingOptions { Template = "{name}，您好！来自 {state}", PlainGreeting = "您好！欢迎添加", LookupBudget = TimeSpan.FromSeconds(2) },
        TextLimit,
        _time,
        new FakeLogger<WelcomeGreeting>(_logs));

    private static WeComOutcome<string> Found(string name) => new WeComOutcome<string>.Sent(name, 1);

    private ExternalContactAddedEvent Added()
    {
        var xml = CallbackEventXml.ExternalContactAdded("wwcorp", "zhangsan", "wmCustomer0001", _time.GetUtcNow(), "welcome-code-0001", "poster-2026");
        return (ExternalContactAddedEvent)CallbackEventParser.Parse(xml, _time).Value;
    }
}
