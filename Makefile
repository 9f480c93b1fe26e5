# The two commands of README.md. Each installs what it needs when missing.
.PHONY: run test
run:
	bash .ci/serve
test:
	bash .ci/test
