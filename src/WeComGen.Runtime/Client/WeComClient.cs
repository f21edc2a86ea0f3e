using System;
using System.Threading;
using System.Threading.Tasks;
using WeComGen.Endpoints;

namespace WeComGen.Client;

/// <summary>Calls the endpoints of a schema. (Signature fixed here so generated code can call it; the client work fills it in.)</summary>
public class WeComClient
{
    /// <summary>Validates, sends and classifies one call of <paramref name="endpoint"/>.</summary>
    public Task<WeComOutcome<TResponse>> SendAsync<TRequest, TResponse>(
        EndpointDescriptor<TRequest, TResponse> endpoint,
        TRequest request,
        CancellationToken cancellationToken = default)
        where TRequest : class
        where TResponse : class =>
        throw new NotImplementedException();
}
