/**
 * The manifest as a reader of the docs needs it: the analyzer also lists protected, private (`#x`) and static members,
 * which are no API and would fill the properties table (with source code as defaults). Only public instance members
 * stay; attributes, events, parts, slots and custom properties pass unchanged.
 */
interface Member {
  readonly name: string;
  readonly privacy?: string;
  readonly static?: boolean;
}
interface Declaration {
  readonly members?: readonly Member[];
}
interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly Declaration[] }[];
}

const isPublic = (member: Member) => !member.static && !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public';

export function publicManifest(json: object): Manifest {
  const manifest = json as Manifest;
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.members ? { ...declaration, members: declaration.members.filter(isPublic) } : declaration,
      ),
    })),
  };
}
