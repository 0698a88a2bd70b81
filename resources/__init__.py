"""Icons and sample data shipped with BadgeDesk (installed as ``badgedesk.resources``)."""
