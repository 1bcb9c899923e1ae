package org.secnews.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * Something the text can name: a country, agency, official or group, with its stable id.
 *
 * @param id      stable id (SPEC): {@code GB}, {@code gb/sis}, {@code richard-moore}, {@code group/wagner}
 * @param type    the entity type
 * @param name    canonical name
 * @param country ISO 3166-1 alpha-2 code of its country, or {@code ""} for none (international bodies)
 * @param parent  id of its parent body or group, or of the body a group is attributed to; {@code ""} for none
 * @param kind    for agencies, what the body is ({@code foreign-intelligence}, {@code police}, ...); {@code ""} otherwise
 * @param gender  for officials, their gender where public
 * @since 0.1
 */
public record Entity(String id, EntityType type, String name, String country, String parent,
    String kind, Gender gender) {

  /**
   * Checks that no component is null and that id and name are not blank.
   *
   * @param id      stable id (SPEC): {@code GB}, {@code gb/sis}, {@code richard-moore}, {@code group/wagner}
   * @param type    the entity type
   * @param name    canonical name
   * @param country ISO 3166-1 alpha-2 code of its country, or {@code ""} for none (international bodies)
   * @param parent  id of its parent body or group, or of the body a group is attributed to; {@code ""} for none
   * @param kind    for agencies, what the body is ({@code foreign-intelligence}, {@code police}, ...); {@code ""} otherwise
   * @param gender  for officials, their gender where public
   */
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(gender, "gender");
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("entity needs an id and a name: " + id + " / " + name);
    }
  }

  /**
   * A simple entity with no country, parent, kind or gender.
   *
   * @param id   stable id
   * @param type the entity type
   * @param name canonical name
   * @return a new entity with empty country, parent and kind and an unknown gender
   */
  public static Entity of(String id, EntityType type, String name) {
    return new Entity(id, type, name, "", "", "", Gender.UNKNOWN);
  }

  /**
   * The country the entity is or belongs to: a country's own code, else {@link #country()}.
   *
   * @return the ISO code, or "" if the entity belongs to no country
   */
  public String homeCountry() {
    return type == EntityType.COUNTRY ? id : country;
  }

  /**
   * The country code, if any.
   *
   * @return the country code, or empty if the entity has none
   */
  public Optional<String> countryCode() {
    return country.isEmpty() ? Optional.empty() : Optional.of(country);
  }

  @Override
  public String toString() {
    return type + " " + id;
  }
}
