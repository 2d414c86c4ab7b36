import RepereCore
