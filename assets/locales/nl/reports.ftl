# reports — Nederlands
