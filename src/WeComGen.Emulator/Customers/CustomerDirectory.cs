using System;
using System.Collections.Generic;
using System.Linq;

namespace WeComGen.Emulator.Customers;

/// <summary>
/// Every customer the emulator added and the members who follow each: what <c>externalcontact/get</c> answers.
/// A member who adds a customer again replaces their follow-user entry, keeping its place.
/// </summary>
internal sealed class CustomerDirectory(TimeProvider time)
{
    private readonly Dictionary<string, Entry> _customers = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="userId"/> added <paramref name="customer"/> now; makes the profile on the first add.</summary>
    public CustomerProfile Follow(string userId, NewCustomer customer)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentException.ThrowIfNullOrEmpty(customer.ExternalUserId);
        lock (_customers)
        {
            var entry = EntryFor(customer);
            entry.Put(new FollowUser(userId, time.GetUtcNow())
            {
                Remark = customer.Remark,
                Description = customer.Description,
                AddWay = customer.AddWay,
                // The customer scanned or searched: they started it.
                OperUserId = customer.ExternalUserId,
                State = customer.State,
                Tags = customer.Tags,
            });
            return entry.Snapshot();
        }
    }

    /// <summary>Gives a known customer <paramref name="count"/> more follow users, <c>member00001</c> on.</summary>
    public CustomerProfile AddFollowUsers(string externalUserId, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_customers)
        {
            if (!_customers.TryGetValue(externalUserId, out var entry))
            {
                throw new ArgumentException($"The emulator has no customer {externalUserId}: add them first.", nameof(externalUserId));
            }

            var now = time.GetUtcNow();
            var first = entry.Count + 1;
            for (var i = first; i < first + count; i++)
            {
                entry.Put(new FollowUser($"member{i:D5}", now) { AddWay = 201, OperUserId = "admin" });
            }

            return entry.Snapshot();
        }
    }

    public CustomerProfile? Find(string externalUserId)
    {
        lock (_customers)
        {
            return _customers.TryGetValue(externalUserId, out var entry) ? entry.Snapshot() : null;
        }
    }

    private Entry EntryFor(NewCustomer customer)
    {
        if (!_customers.TryGetValue(customer.ExternalUserId, out var entry))
        {
            var id = customer.ExternalUserId;
            entry = new Entry(
                id,
                customer.Name is { Length: > 0 } name ? name : CustomerNames.NameFor(id),
                customer.Type,
                customer.Gender ?? CustomerNames.GenderFor(id),
                CustomerNames.AvatarFor(id, customer.Type),
                customer.Type == CustomerType.WeChat ? CustomerNames.UnionIdFor(id) : null);
            _customers.Add(id, entry);
        }

        return entry;
    }

    private sealed class Entry(string externalUserId, string name, CustomerType type, CustomerGender gender, string avatar, string? unionId)
    {
        private readonly List<FollowUser> _followUsers = [];
        private readonly Dictionary<string, int> _byUserId = new(StringComparer.Ordinal);

        public int Count => _followUsers.Count;

        public void Put(FollowUser followUser)
        {
            if (_byUserId.TryGetValue(followUser.UserId, out var at))
            {
                _followUsers[at] = followUser;
                return;
            }

            _byUserId.Add(followUser.UserId, _followUsers.Count);
            _followUsers.Add(followUser);
        }

        public CustomerProfile Snapshot() => new(externalUserId, name, type, gender, avatar, unionId, _followUsers.ToList());
    }
}
