namespace PropertyManager.Buildium.Banking;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum CheckLayoutType
{
    Voucher1StubBottomMemo1Signature,
    Voucher2StubBottomMemo1Signature,
    Voucher2StubBottomMemo2Signatures,
    Voucher2StubTopMemo,
    Voucher2StubsPrePrintedLayout,
}
