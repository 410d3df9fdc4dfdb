from werkbrug.domain.errors import Message


class CalculatorInputError(ValueError):
    """Bad calculator input: names the option and what is wrong, in Dutch and English."""

    def __init__(self, option: str, nl: str, en: str):
        self.option = option
        self.message = Message(f"{option}: {nl}", f"{option}: {en}")
        super().__init__(str(self.message))
