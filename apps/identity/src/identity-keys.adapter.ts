import { hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PLATFORM_CONFIG, secretFor, type PlatformConfig } from '@commonplan/nest';

const derive = (master: Uint8Array, purpose: string): Uint8Array =>
  new Uint8Array(hkdfSync('sha256', master, new Uint8Array(0), `commonplan identity ${purpose}`, 32));

/**
 * The keys identity works with, all from configuration or, embedded, from the data folder. Peppers
 * and index keys are derived from the vault's master key, so an operator keeps one secret; the
 * register key is the city's, shared with whoever hashes the municipal register.
 */
@Injectable()
export class IdentityKeys {
  readonly master: Uint8Array;
  readonly accessCodePepper: Uint8Array;
  readonly emailIndex: Uint8Array;
  readonly signInLinkPepper: Uint8Array;
  readonly staffEnrolmentPepper: Uint8Array;
  readonly register: Uint8Array | undefined;

  constructor(@Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    this.master = secretFor(config.vaultMasterKey, config.dataDir, 'vault-master-key');
    this.accessCodePepper = derive(this.master, 'access codes');
    this.emailIndex = derive(this.master, 'e-mail index');
    this.signInLinkPepper = derive(this.master, 'sign-in links');
    this.staffEnrolmentPepper = derive(this.master, 'staff enrolment');
    this.register = config.registerMatchKey;
  }
}
