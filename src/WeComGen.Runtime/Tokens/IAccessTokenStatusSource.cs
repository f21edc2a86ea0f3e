namespace WeComGen.Tokens;

/// <summary>A token source that tells its <see cref="AccessTokenStatus"/>, for health checks.</summary>
public interface IAccessTokenStatusSource
{
    /// <summary>What the source knows now; cheap, never calls <c>gettoken</c>.</summary>
    AccessTokenStatus Status { get; }
}
