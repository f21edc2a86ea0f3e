using System;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace WeComGen.Redis;

/// <summary>
/// Every key the companion writes. Secrets and credentials are never part of a key: a corp and secret, a welcome
/// code, a callback's identity appear only as their SHA-256.
/// </summary>
internal sealed class RedisKeys(string prefix)
{
    /// <summary>The shared access token of one corp and secret.</summary>
    public RedisKey Token(string app) => prefix + "token:" + app;

    /// <summary>The lock whose holder calls <c>gettoken</c> for the cluster.</summary>
    public RedisKey TokenLock(string app) => prefix + "token-lock:" + app;

    /// <summary>How many <c>gettoken</c> calls the cluster made in one minute.</summary>
    public RedisKey GetTokenCount(string app, long unixMinute) => prefix + "gettoken-count:" + app + ":" + unixMinute;

    /// <summary>A callback seen by some instance.</summary>
    public RedisKey Callback(string identity) => prefix + "callback:" + Hash(identity);

    /// <summary>A single-use credential claimed by some instance.</summary>
    public RedisKey Credential(string endpointPath, string credential) => prefix + "credential:" + Hash(endpointPath + "\n" + credential);

    /// <summary>The name of one corp and secret in keys.</summary>
    public static string App(string corpId, string secret) => Hash(corpId + "\n" + secret);

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
