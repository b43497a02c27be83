import { Injectable, effect, inject, untracked } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18n } from './i18n';

/**
 * A route's `title` is a message key (`title.catalogue`): the tab reads "Katalog · Curriculum-
 * Baukasten" in German and follows a change of language. A page that names itself (a pathway,
 * an MoU) sets the title on its own and is left alone.
 */
@Injectable({ providedIn: 'root' })
export class MessageTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18n);
  private readonly title = inject(Title);
  private key: string | undefined;
  private shown: string | undefined;

  constructor() {
    super();
    effect(() => {
      this.i18n.language();
      untracked(() => {
        if (this.key !== undefined && this.title.getTitle() === this.shown) this.show(this.key);
      });
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key = this.buildTitle(snapshot);
    if (this.key !== undefined) this.show(this.key);
  }

  private show(key: string): void {
    const app = this.i18n.t('title.home');
    this.shown =
      key === 'title.home' ? app : this.i18n.t('title.page', { page: this.i18n.t(key), app });
    this.title.setTitle(this.shown);
  }
}
