from tests.staff.conftest import (  # noqa: F401  the workspace personas
    anja,
    as_user,
    carla,
    parkstad,
)
