import { Controller, Get, Header, Param, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/decorators/auth.decorators';
import { CaseProviderService } from './case-provider.service';

/** Where the CASE 1.1 provider API is served (outside `/api/v1`, as CASE consumers expect it). */
export const CASE_PROVIDER_PATH = 'ims/case/v1p1';

/**
 * The 1EdTech CASE 1.1 provider API (the read endpoints) for published curricula, so that a CASE
 * consumer (OpenSALT, the CASE Network) pulls them without a file. Public, like the catalogue;
 * identifiers are those of the CASE export. Drafts are not served (404).
 */
@ApiTags('CASE provider')
@Public()
@Controller({ path: CASE_PROVIDER_PATH, version: VERSION_NEUTRAL })
export class CaseProviderController {
  constructor(private readonly provider: CaseProviderService) {}

  @Get('CFDocuments')
  @Header('Cache-Control', 'public, no-cache')
  @ApiOkResponse({ description: '`{ CFDocuments: [CFDocument] }`: every published curriculum.' })
  documents() {
    return this.provider.documents();
  }

  @Get('CFDocuments/:identifier')
  @Header('Cache-Control', 'public, no-cache')
  @ApiOkResponse({ description: 'The CFDocument, with `CFPackageURI`.' })
  @ApiNotFoundResponse({ description: 'No published curriculum has this identifier.' })
  document(@Param('identifier') identifier: string) {
    return this.provider.document(identifier);
  }

  @Get('CFPackages/:identifier')
  @Header('Cache-Control', 'public, no-cache')
  @ApiOkResponse({ description: 'The whole CFPackage (CASE 1.1), as `GET …/export/case`.' })
  @ApiNotFoundResponse({ description: 'No published curriculum has this identifier.' })
  package(@Param('identifier') identifier: string) {
    return this.provider.package(identifier);
  }

  @Get('CFItems/:identifier')
  @Header('Cache-Control', 'public, no-cache')
  @ApiOkResponse({ description: 'A unit or learning outcome, with `CFDocumentURI`.' })
  @ApiNotFoundResponse({ description: 'No published curriculum has this item.' })
  item(@Param('identifier') identifier: string) {
    return this.provider.item(identifier);
  }

  @Get('CFAssociations/:identifier')
  @Header('Cache-Control', 'public, no-cache')
  @ApiOkResponse({ description: 'An association (isChildOf, precedes), with `CFDocumentURI`.' })
  @ApiNotFoundResponse({ description: 'No published curriculum has this association.' })
  association(@Param('identifier') identifier: string) {
    return this.provider.association(identifier);
  }

  @Get('CFItemTypes/:identifier')
  @Header('Cache-Control', 'public, no-cache')
  @ApiOkResponse({ description: 'One of the item types: Unit, Learning outcome.' })
  @ApiNotFoundResponse({ description: 'No such item type.' })
  itemType(@Param('identifier') identifier: string) {
    return this.provider.itemType(identifier);
  }
}
