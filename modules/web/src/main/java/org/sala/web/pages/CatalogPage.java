package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sala.pack.model.Pack;
import org.sala.web.content.PackCatalog;

/** The catalog at {@code /}: every installed course. */
@Named
@RequestScoped
public class CatalogPage {

    @Inject
    PackCatalog catalog;

    public List<Pack> getPacks() {
        return catalog.packs();
    }
}
