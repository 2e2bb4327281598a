// Starts Blazor with a reconnection policy meant for screens nobody touches: keep trying for ever, and
// when the server is back but no longer knows this page (a restart or redeploy), load the page again.
const retryDelays = [0, 1000, 2000, 3000, 5000];

Blazor.start({
    circuit: {
        reconnectionOptions: {
            maxRetries: Number.MAX_SAFE_INTEGER,
            retryIntervalMilliseconds: previousAttempts =>
                retryDelays[Math.min(previousAttempts, retryDelays.length - 1)],
        },
    },
});

const reconnectModal = document.getElementById("components-reconnect-modal");
reconnectModal.addEventListener("components-reconnect-state-changed", handleReconnectStateChanged);

document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);

let retryTimer;

function handleReconnectStateChanged(event) {
    const state = event.detail.state;
    if (state === "show" || state === "retrying" || state === "paused") {
        if (!reconnectModal.open) {
            reconnectModal.show();
        }
    } else if (state === "hide") {
        reconnectModal.close();
    } else if (state === "failed") {
        scheduleRetry();
    } else if (state === "rejected" || state === "resume-failed") {
        reloadWhenServerAnswers();
    }
}

function scheduleRetry() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(retry, 5000);
}

async function retry() {
    clearTimeout(retryTimer);
    try {
        // true: reconnected; false: the server answered but no longer has this circuit.
        const reconnected = await Blazor.reconnect();
        if (!reconnected) {
            const resumed = await Blazor.resumeCircuit();
            if (resumed) {
                reconnectModal.close();
            } else {
                reloadWhenServerAnswers();
            }
        }
    } catch {
        scheduleRetry();
    }
}

async function resume() {
    try {
        if (!await Blazor.resumeCircuit()) {
            reloadWhenServerAnswers();
        }
    } catch {
        reconnectModal.classList.replace("components-reconnect-paused", "components-reconnect-resume-failed");
        scheduleRetry();
    }
}

// A reload while the server is still starting would leave the browser's error page, which never comes
// back by itself; so reload only once the page itself loads again.
async function reloadWhenServerAnswers() {
    for (;;) {
        try {
            const response = await fetch(location.href, { cache: "no-store" });
            if (response.ok) {
                location.reload();
                return;
            }
        } catch {
            // Still down.
        }

        await new Promise(resolve => setTimeout(resolve, 2000));
    }
}
