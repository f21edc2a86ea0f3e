namespace WeComGen.Redis;

/// <summary>The Lua scripts: each is one atomic step another instance cannot interleave with.</summary>
internal static class RedisScripts
{
    /// <summary>Deletes KEYS[1] only while it still holds ARGV[1]: a lock by its owner, a token by its value.</summary>
    public const string CompareAndDelete =
        "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

    /// <summary>
    /// Sets KEYS[1] to ARGV[1] for ARGV[2] milliseconds unless it holds something that expires (another holder's
    /// lock); something without an expiry was not written by WeComGen and is replaced. Returns 1 when set.
    /// </summary>
    public const string Lock =
        "if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end " +
        "if redis.call('PTTL', KEYS[1]) == -1 then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end return 0";

    /// <summary>Makes KEYS[1] expire ARGV[2] milliseconds from now only while it still holds ARGV[1].</summary>
    public const string CompareAndExpire =
        "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";

    /// <summary>Counts one more in KEYS[1], which lives ARGV[1] milliseconds from its first count.</summary>
    public const string CountInWindow =
        "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n";

    /// <summary>
    /// Claims a credential: sets KEYS[1] to ARGV[1] for ARGV[2] milliseconds unless it holds a claim (a value starting
    /// with ARGV[3]) or a settlement (ARGV[4]), and returns what it held. A value WeComGen did not write is overwritten.
    /// </summary>
    public const string Claim =
        "local v = redis.call('GET', KEYS[1]) " +
        "if v == ARGV[4] or (v and string.sub(v, 1, string.len(ARGV[3])) == ARGV[3]) then return v end " +
        "redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return ''";

    /// <summary>Sets KEYS[1] to ARGV[2], keeping its time to live, only while it still holds ARGV[1].</summary>
    public const string CompareAndSet =
        "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') else return 0 end";
}
