using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using WeComGen.Client;
using WeComGen.Extensions.DependencyInjection;
using WeComGen.Tokens;

namespace WeComGen.Callbacks.Tests.Hosting;

/// <summary>The token check: healthy while a token is held or none was needed; the failure and its fix otherwise, never the secret.</summary>
public sealed class AccessTokenHealthTests
{
    private const string Secret = "secret-that-must-not-show";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly FakeWeCom _weCom = new();
    private readonly WeComAccessTokenSource _source;

    public AccessTokenHealthTests() =>
        _source = new WeComAccessTokenSource(
            new HttpClient(_weCom), new WeComClientOptions { CorpId = "ww-corp", Secret = Secret, BaseAddress = new Uri("https://wecom.test/") }, _clock);

    [Fact]
    public async Task Before_any_token_was_needed_it_is_healthy()
    {
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("no access token was needed yet", result.Description);
    }

    [Fact]
    public async Task With_a_token_held_it_is_healthy_and_tells_its_expiry_not_its_value()
    {
        await _source.GetAsync(CancellationToken.None);

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(_clock.GetUtcNow().AddHours(2), result.Data["expires_at"]);
        AssertNoSecret(result);
    }

    [Fact]
    public async Task A_wrong_secret_is_unhealthy_with_the_error_tables_fix_and_without_the_secret()
    {
        _weCom.Answer = """{"errcode":40001,"errmsg":"invalid credential"}""";
        await _source.GetAsync(CancellationToken.None);

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal(40001, result.Data["errcode"]);
        Assert.Contains("gettoken answered errcode 40001", result.Description);
        Assert.Contains("Fix: check the app's Secret", result.Description);
        AssertNoSecret(result);
    }

    [Fact]
    public async Task An_unreachable_gettoken_is_degraded_since_it_can_pass()
    {
        _weCom.Unreachable = true;
        await _source.GetAsync(CancellationToken.None);

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(nameof(TransportProblem.ConnectionFailed), result.Data["problem"]);
        AssertNoSecret(result);
    }

    [Fact]
    public async Task A_failed_refresh_while_the_old_token_is_still_valid_is_degraded()
    {
        await _source.GetAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1)); // inside the refresh margin, not expired
        _weCom.Answer = """{"errcode":40001,"errmsg":"invalid credential"}""";
        await _source.GetAsync(CancellationToken.None);

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("the last token refresh failed", result.Description);
    }

    [Fact]
    public async Task A_refresh_that_succeeds_again_makes_it_healthy_again()
    {
        _weCom.Unreachable = true;
        await _source.GetAsync(CancellationToken.None);
        _weCom.Unreachable = false;
        await _source.GetAsync(CancellationToken.None);

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
    }

    private Task<HealthCheckResult> CheckAsync()
    {
        var check = new AccessTokenHealthCheck(_source, _clock);
        return check.CheckHealthAsync(new HealthCheckContext { Registration = new HealthCheckRegistration("wecom-token", check, null, null) });
    }

    private static void AssertNoSecret(HealthCheckResult result)
    {
        var shown = result.Description + string.Join(";", result.Data.Select(entry => entry.Key + "=" + entry.Value));
        Assert.DoesNotContain(Secret, shown);
        Assert.DoesNotContain("token-of-the-test", shown);
    }
}
