import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App';
import { loadConfig } from './config';
import { ConfigContext } from './config-context';
import { createGraphClient } from './graph';
import './i18n';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <ConfigContext.Provider value={config}>
          <Provider value={createGraphClient(config.graphUrl)}>
            <App />
          </Provider>
        </ConfigContext.Provider>
      </StrictMode>,
    ),
  (error: Error) => root.render(<p role="alert">The portal could not start: {error.message}</p>),
);
