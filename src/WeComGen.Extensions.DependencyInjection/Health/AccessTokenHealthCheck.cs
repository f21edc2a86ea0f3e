using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WeComGen.Client;
using WeComGen.Endpoints;
using WeComGen.Tokens;

namespace WeComGen.Extensions.DependencyInjection;

/// <summary>
/// One app's access tokens. Healthy while a token is held or none was needed yet. When the last <c>gettoken</c>
/// failed: Degraded while a token it got before is still valid or the failure can pass by itself (the network, a
/// rate limit, a server error), Unhealthy when it cannot (a wrong secret: the error table's fix is in the
/// description). Never shows the token or the secret.
/// </summary>
internal sealed class AccessTokenHealthCheck(IAccessTokenSource source, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (source is not IAccessTokenStatusSource reporting)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"the token source ({source.GetType().Name}) does not report its state"));
        }

        var status = reporting.Status;
        var now = clock.GetUtcNow();
        var held = status.ExpiresAt > now;
        var data = new Dictionary<string, object>();
        if (held)
        {
            data["expires_at"] = status.ExpiresAt!.Value;
        }

        if (status.LastFailure is not { } failure)
        {
            var description = held ? "an access token is held" : "no access token was needed yet";
            return Task.FromResult(HealthCheckResult.Healthy(description, data));
        }

        data["failed_at"] = status.FailedAt ?? now;
        string text;
        bool passes;
        if (failure.ErrorCode != 0)
        {
            var row = ContractRegistry.FindError(failure.ErrorCode);
            var error = new ApiError(WeComAccessTokenSource.EndpointName, failure.ErrorCode, failure.ErrorMessage, row?.Action ?? ErrorAction.Rejected, row);
            data["errcode"] = failure.ErrorCode;
            text = error.ToString();
            passes = error.Action is ErrorAction.Retry or ErrorAction.Throttled;
        }
        else
        {
            data["problem"] = failure.Problem.ToString();
            text = $"{WeComAccessTokenSource.EndpointName} could not be reached: {failure.Problem}" + (failure.StatusCode is { } code ? $" (HTTP {code})" : "");
            passes = true;
        }

        return Task.FromResult(held || passes
            ? HealthCheckResult.Degraded("the last token refresh failed: " + text, data: data)
            : new HealthCheckResult(context.Registration.FailureStatus, "no access token: " + text, data: data));
    }
}
