namespace Archive.Api.Access;

/// <summary>
/// A user that cannot be added (<see cref="UserDirectory.AddAsync"/>): an unknown role, a name against the rule or taken
/// in another letter case, a short key. <see cref="Reason"/> is what people are shown (Vietnamese), without the
/// "(Parameter '…')" that <see cref="ArgumentException.Message"/> appends for developers.
/// </summary>
public sealed class UserRefusedException(string reason, string paramName) : ArgumentException(reason, paramName)
{
    public string Reason { get; } = reason;
}
