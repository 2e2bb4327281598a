using static Dashboard.Core.Triage.DeviceState;
using static Dashboard.Core.Triage.Remedy;

namespace Dashboard.Core.Triage;

/// <summary>
/// The one table that turns activation, error and notification codes into device states. ePKEA keys behave
/// like MAKs, so "limit exceeded" codes mean the key's allotment is used up, not that the phone will help.
/// </summary>
public static class ActivationCodes
{
    /// <summary>Every known code, followed by broad families that catch codes nobody listed yet.</summary>
    public static IReadOnlyList<ActivationCode> All { get; } =
    [
        .. One(0xC004C001, KeyRejected, Key, "The activation server says the product key is invalid"),
        .. One(0xC004C003, KeyRejected, Key, "The activation server says the product key is blocked"),
        .. Many([0xC004C004, 0xC004C007, 0xC004C00E, 0xC004C00F, 0xC004C010], KeyRejected, Key,
            "The activation server rejects the product key as invalid"),
        .. One(0xC004C008, AllotmentExhausted, Phone, "The product key has used up its activation limit"),
        .. One(0xC004C012, RetryOnline, Wait, "The activation server had a network error"),
        .. Many([0xC004C00C, 0xC004C013, 0xC004C014, 0xC004C015, 0xC004C050], RetryOnline, Wait,
            "The activation server had an internal error"),
        .. One(0xC004C016, NeedsPhoneActivation, Phone, "This product key may not be activated online"),
        .. One(0xC004C017, NeedsPhoneActivation, Phone, "The product key is blocked for the device's location"),
        .. One(0xC004C020, AllotmentExhausted, Phone, "The key has used up its activations"),
        .. One(0xC004C021, AllotmentExhausted, Phone, "The key has used up its extra activations"),
        .. One(0xC004C032, NotEnabled, None, "No evaluation activation is available: this is evaluation media"),
        .. One(0xC004C060, KeyRejected, Key, "The product key has been blocked"),
        .. One(0xC004C770, NeedsPhoneActivation, Phone, "The activation server says the key is used elsewhere"),
        .. One(0xC004B011, RetryOnline, Network, "The device clock is wrong"),
        .. One(0xC004B007, RetryOnline, Network, "The activation server could not be reached"),
        .. One(0xC004B100, KeyRejected, Key, "The activation server cannot activate this key type"),
        .. One(0xC004D302, RetryOnline, Wait, "The licensing store was rearmed; restart before activating"),
        .. One(0xC004D307, DeviceFault, None, "No rearms are left; the image must be reinstalled"),
        .. One(0x8004D102, RetryOnline, Network, "The device clock disagrees with trusted time"),
        .. One(0xC004E015, DeviceFault, Local, "The licence could not be consumed; the licensing store is damaged"),
        .. One(0xC004E016, KeyRejected, Key, "The product key does not fit this edition"),
        .. One(0xC004E028, RetryOnline, Wait, "Another activation attempt is still running"),
        .. One(0xC004F009, NeedsPhoneActivation, Phone, "The grace period ran out before activation"),
        .. One(0xC004F00F, RetryOnline, Network, "The hardware changed beyond tolerance; it must activate again"),
        .. One(0xC004F012, DeviceFault, Local, "A licensing value could not be read"),
        .. One(0xC004F014, NotEnabled, Key, "No product key is installed"),
        .. One(0xC004F025, DeviceFault, Local, "The licensing command was not run as administrator"),
        .. One(0xC004F02C, NeedsPhoneActivation, Phone, "The confirmation ID has the wrong format"),
        .. Many([0xC004F02F, 0xC004F031, 0xC004F04D, 0xC004F07E, 0xC004F07F], NeedsPhoneActivation, Phone,
            "The confirmation ID does not fit this installation ID, key or device"),
        .. One(0xC004F034, RetryOnline, Network, "No valid licence was found for this device"),
        .. One(0xC004F035, KeyRejected, Key, "A volume key needs a qualifying system or firmware marker"),
        .. One(0xC004F038, NotEnabled, Kms, "The KMS count is too low (a KMS client key is installed)"),
        .. One(0xC004F039, NotEnabled, Kms, "No KMS answered (a KMS client key is installed)"),
        .. Many([0xC004F041, 0xC004F042], NotEnabled, Kms, "The KMS host is not activated or does not match"),
        .. One(0xC004F050, KeyRejected, Key, "The product key is invalid"),
        .. One(0xC004F051, KeyRejected, Key, "The product key is blocked"),
        .. One(0xC004F056, NotEnabled, Kms, "KMS activation failed (a KMS client key is installed)"),
        .. Many([0xC004F057, 0xC004F058, 0xC004F059, 0xC004F063], KeyRejected, Key,
            "The firmware's OEM licence is missing or invalid"),
        .. Many([0xC004F064, 0x4004F065, 0xC004F065], DeviceFault, None,
            "Windows is not genuine (non-genuine grace); repair or reinstall the image"),
        .. One(0xC004F069, KeyRejected, Key, "The key is for an edition that is not installed"),
        .. One(0xC004F06B, NotEnabled, Kms, "A KMS host cannot run in a virtual machine"),
        .. One(0xC004F06C, RetryOnline, Network, "The request time was rejected; the device clock is wrong"),
        // Only KMS clients look for a KMS host: on an ePKEA line it means a GVLK was installed instead.
        .. One(0xC004F074, NotEnabled, Kms, "No KMS host could be contacted (a KMS client key is installed)"),
        .. One(0xC004F07D, KeyRejected, Key, "This key type cannot be used for this activation method"),
        .. One(0xC004F200, DeviceFault, None, "Windows is not genuine"),
        .. Many([0xC004F210, 0xC004F212], KeyRejected, Key, "The key's edition does not match the installed edition"),
        .. One(0xC004F211, RetryOnline, Network, "The hardware may have changed; it must activate again"),
        .. One(0xC004F213, NotEnabled, Key, "No product key was found on the device"),
        .. One(0xC004FC03, RetryOnline, Network, "A network problem stopped activation"),
        .. Range(0xC004FD00, 0xC004FD04, NotEnabled, None, "Automatic virtual machine activation failed"),
        .. One(0x4004F040, null, None, "Activated; product use rights should be checked"),
        .. Many([0x4004F00C, 0x4004F00D], null, None, "Running in a grace period"),
        .. One(0x803FA071, AllotmentExhausted, Phone, "The product key has used up its activation limit"),
        .. One(0x803FA07F, AllotmentExhausted, Phone, "The key has used up its activations"),
        .. One(0x803FA080, AllotmentExhausted, Phone, "The key has used up its extra activations"),
        .. Many([0x803FA067, 0x803FA068], KeyRejected, Key, "The product key is blocked or invalid"),
        .. One(0x803FA083, NeedsPhoneActivation, Phone, "This product key may not be activated online"),
        .. Range(0x803FABB8, 0x803FABC3, NeedsPhoneActivation, None,
            "Reactivation after a hardware change was refused; Microsoft must be contacted"),
        .. One(0x80070005, DeviceFault, Local, "Access denied: the licensing command was not run as administrator"),
        .. One(0x8007232A, RetryOnline, Network, "DNS failed"),
        .. Many([0x8007232B, 0x8007251D, 0x8007007B, 0x80092328], RetryOnline, Network,
            "DNS found no activation server records"),
        .. One(0x800706BA, RetryOnline, Network, "The activation server did not answer (RPC unavailable)"),
        .. One(0x80070490, KeyRejected, Key, "The product key did not work"),
        .. One(0x8004FE21, DeviceFault, None, "Windows is not genuine (for example unlicensed language packs)"),
        .. One(0x80072EE2, RetryOnline, Network, "The connection to the activation server timed out"),
        .. One(0x80072EE7, RetryOnline, Network, "The activation server's name could not be resolved"),
        .. Many([0x80072EFD, 0x80072EFE], RetryOnline, Network, "The activation server could not be reached"),
        .. One(0x80072F8F, RetryOnline, Network, "The secure connection failed (clock or proxy)"),
        .. One(0x80080005, DeviceFault, Local, "The licensing service failed to run"),
        .. One(0xC0000022, DeviceFault, Local, "The licensing service cannot access its store"),
        .. One(0x803F7001, KeyRejected, Key, "No valid licence was found for this device"),

        // Families: an unlisted code still lands with its neighbours rather than nowhere.
        .. Range(0x80072EE0, 0x80072FFF, RetryOnline, Network, "An internet connection error"),
        .. Range(0xC004C000, 0xC004CFFF, NeedsPhoneActivation, Phone, "The activation server refused the request"),
        .. Range(0x80070000, 0x8007FFFF, DeviceFault, Local, "A Windows system error on the device"),
    ];

    /// <summary>The most specific row containing the code, or null when not even a family knows it.</summary>
    public static ActivationCode? Find(uint code) =>
        All.Where(entry => entry.Contains(code)).MinBy(entry => entry.Last - entry.First);

    private static ActivationCode[] One(uint code, DeviceState? state, Remedy remedy, string meaning) =>
        [new(code, code, state, remedy, meaning)];

    private static ActivationCode[] Many(uint[] codes, DeviceState? state, Remedy remedy, string meaning) =>
        [.. codes.Select(code => new ActivationCode(code, code, state, remedy, meaning))];

    private static ActivationCode[] Range(uint first, uint last, DeviceState state, Remedy remedy, string meaning) =>
        [new(first, last, state, remedy, meaning)];
}
