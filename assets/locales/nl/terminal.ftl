# terminal — Nederlands
