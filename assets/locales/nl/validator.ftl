# validator — Nederlands
