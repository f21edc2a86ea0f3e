using System;

namespace WeComGen.Redis;

/// <summary>Redis could not answer in time: the caller goes on in-process.</summary>
internal sealed class RedisUnavailableException(string cause, Exception? inner = null) : Exception(cause, inner);
