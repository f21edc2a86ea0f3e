using System;

namespace WeComGen.Endpoints;

/// <summary>Where a contract's API lives (<c>x-wecom-base-address</c>).</summary>
/// <param name="Contract">The contract (<c>x-wecom-contract</c>): <c>ExternalContact</c>.</param>
/// <param name="BaseAddress">The base address the schema gives its endpoints.</param>
public sealed record ContractAddress(string Contract, Uri BaseAddress);
