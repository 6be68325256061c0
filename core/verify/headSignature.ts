/**
 * Whether a signed head of the publication log (issue 20) is signed by the key it names,
 * and that key is one the site publishes under its true id. Shared by checkLog (the whole
 * log) and checkRecord (one entry, as the /verify/ page checks it).
 */
import { base64ToBytes } from './digest'
import { signedHeadBytes, keyIdOf, type SignedHead, verifySignature } from './head'
import { publicKeyOf, type PublicKeys } from './keys'

/** Problems with the head's signature, in Chinese; `label` names the head in them ('日志头', '保存的日志头'). */
export async function headSignatureProblems(head: SignedHead, keys: PublicKeys, label = '日志头'): Promise<string[]> {
  const publicKey = publicKeyOf(keys, head.keyId)
  if (!publicKey) return [`${label}的签名公钥 ${head.keyId} 不在本站公布的公钥列表中（或该公钥不是 32 字节）。`]
  if ((await keyIdOf(publicKey)) !== head.keyId) return [`${label}的签名公钥 ${head.keyId} 与公钥列表中的公钥内容不符。`]
  let signature: Uint8Array
  try {
    signature = base64ToBytes(head.signature)
  } catch {
    return [`${label}的签名不是 Base64 编码。`]
  }
  if (!verifySignature(signedHeadBytes(head), signature, publicKey))
    return [`${label}的签名无效：日志头在签署后被改动，或不是由公钥 ${head.keyId} 签署的。`]
  return []
}
