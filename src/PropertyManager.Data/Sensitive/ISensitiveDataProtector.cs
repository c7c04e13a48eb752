namespace PropertyManager.Data.Sensitive;

/// <summary>
/// Encrypts the columns that hold tax ids and bank account/routing numbers. The Data project owns the abstraction so
/// the EF model (and the sync's COPY writer) can use it without knowing where the keys live.
/// </summary>
public interface ISensitiveDataProtector
{
    /// <summary>Authenticated, randomised ciphertext carrying <see cref="SensitiveData.Prefix"/>.</summary>
    string Protect(string plaintext);

    /// <summary>The plaintext of a protected value; a value without the prefix (a row written before encryption) as is.</summary>
    string Unprotect(string stored);
}
