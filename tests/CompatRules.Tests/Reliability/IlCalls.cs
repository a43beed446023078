using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CompatRules.Tests.Reliability;

/// <summary>Every method called (call, callvirt, newobj, ldftn) from each method body of an assembly, read from its
/// IL with System.Reflection.Metadata.</summary>
internal static class IlCalls
{
    public sealed record Call(string CallerType, string CallerMethod, string CalleeType, string CalleeMember);

    public static List<Call> Of(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var calls = new List<Call>();
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            var typeName = FullName(reader, typeHandle);
            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
                while (il.RemainingBytes > 0)
                {
                    var opCode = ReadOpCode(ref il);
                    if (opCode is ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Newobj or ILOpCode.Ldftn or ILOpCode.Ldvirtftn)
                    {
                        var (calleeType, member) = Describe(reader, MetadataTokens.EntityHandle(il.ReadInt32()));
                        calls.Add(new Call(typeName, reader.GetString(method.Name), calleeType, member));
                    }
                    else
                    {
                        Skip(ref il, opCode);
                    }
                }
            }
        }

        return calls;
    }

    /// <summary>Every type the assembly references by name, such as <c>System.Diagnostics.Process</c>.</summary>
    public static List<string> TypeReferences(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.TypeReferences.Select(h => reader.GetTypeReference(h)).Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name)).ToList();
    }

    private static ILOpCode ReadOpCode(ref BlobReader il)
    {
        var first = il.ReadByte();
        return first == 0xFE ? (ILOpCode)(0xFE00 | il.ReadByte()) : (ILOpCode)first;
    }

    private static void Skip(ref BlobReader il, ILOpCode opCode)
    {
        if (opCode == ILOpCode.Switch)
        {
            var count = il.ReadInt32();
            il.Offset += count * 4;
            return;
        }

        il.Offset += OperandSize(opCode);
    }

    private static int OperandSize(ILOpCode opCode) => opCode switch
    {
        ILOpCode.Ldarg_s or ILOpCode.Ldarga_s or ILOpCode.Starg_s or ILOpCode.Ldloc_s or ILOpCode.Ldloca_s or ILOpCode.Stloc_s
            or ILOpCode.Ldc_i4_s or ILOpCode.Unaligned => 1,
        ILOpCode.Ldarg or ILOpCode.Ldarga or ILOpCode.Starg or ILOpCode.Ldloc or ILOpCode.Ldloca or ILOpCode.Stloc => 2,
        ILOpCode.Ldc_i8 or ILOpCode.Ldc_r8 => 8,
        ILOpCode.Ldc_i4 or ILOpCode.Ldc_r4 or ILOpCode.Jmp or ILOpCode.Calli or ILOpCode.Ldstr or ILOpCode.Ldfld or ILOpCode.Ldflda
            or ILOpCode.Stfld or ILOpCode.Ldsfld or ILOpCode.Ldsflda or ILOpCode.Stsfld or ILOpCode.Ldtoken or ILOpCode.Box
            or ILOpCode.Unbox or ILOpCode.Unbox_any or ILOpCode.Castclass or ILOpCode.Isinst or ILOpCode.Newarr or ILOpCode.Ldelema
            or ILOpCode.Ldelem or ILOpCode.Stelem or ILOpCode.Ldobj or ILOpCode.Stobj or ILOpCode.Cpobj or ILOpCode.Initobj
            or ILOpCode.Sizeof or ILOpCode.Mkrefany or ILOpCode.Refanyval or ILOpCode.Constrained or ILOpCode.Leave => 4,
        >= ILOpCode.Br_s and <= ILOpCode.Blt_un_s => 1,
        ILOpCode.Leave_s => 1,
        >= ILOpCode.Br and <= ILOpCode.Blt_un => 4,
        _ => 0,
    };

    private static (string Type, string Member) Describe(MetadataReader reader, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MemberReference:
                var reference = reader.GetMemberReference((MemberReferenceHandle)handle);
                return (ParentName(reader, reference.Parent), reader.GetString(reference.Name));
            case HandleKind.MethodDefinition:
                var definition = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                return (FullName(reader, definition.GetDeclaringType()), reader.GetString(definition.Name));
            case HandleKind.MethodSpecification:
                return Describe(reader, reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            default:
                return ("?", "?");
        }
    }

    private static string ParentName(MetadataReader reader, EntityHandle parent) => parent.Kind switch
    {
        HandleKind.TypeReference => Name(reader, (TypeReferenceHandle)parent),
        HandleKind.TypeDefinition => FullName(reader, (TypeDefinitionHandle)parent),
        HandleKind.TypeSpecification => GenericName(reader, (TypeSpecificationHandle)parent),
        _ => "?",
    };

    private static string GenericName(MetadataReader reader, TypeSpecificationHandle handle)
    {
        var blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
        if (blob.ReadSignatureTypeCode() == SignatureTypeCode.GenericTypeInstance)
        {
            blob.ReadSignatureTypeCode();
            var type = blob.ReadTypeHandle();
            return type.Kind == HandleKind.TypeReference ? Name(reader, (TypeReferenceHandle)type) : FullName(reader, (TypeDefinitionHandle)type);
        }

        return "?";
    }

    private static string Name(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        return reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);
    }

    private static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil
            ? reader.GetString(type.Namespace) + "." + reader.GetString(type.Name)
            : FullName(reader, declaring) + "+" + reader.GetString(type.Name);
    }
}
